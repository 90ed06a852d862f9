#include "documents/CaseSpreadSection.h"

#include "documents/DocumentComposer.h"
#include "domain/EnumText.h"

#include <QMap>

void CaseSpreadSection::write(DocumentComposer &composer, const QList<CaseProfile> &cases)
{
    const QList<TargetGroup> groups = enumValues<TargetGroup>();
    QStringList headers{tr("No."), tr("Kecamatan")};
    QList<int> widths{6, 28};
    for (TargetGroup group : groups) {
        headers << enumCode(group);
        widths << 11;
    }
    headers << tr("Total");
    widths << 11;
    DocumentTable table(headers, widths);
    for (int column = 2; column < headers.size(); ++column)
        table.alignRight(column);
    table.alignCentre(0);

    QMap<QString, QMap<TargetGroup, int>> counts;  // by kecamatan name
    for (const CaseProfile &profile : cases)
        ++counts[profile.kecamatan.isEmpty() ? tr("(kecamatan not recorded)") : profile.kecamatan][profile.group];
    QMap<TargetGroup, int> totals;
    int row = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QStringList cells{QString::number(++row), it.key()};
        int sum = 0;
        for (TargetGroup group : groups) {
            const int count = it.value().value(group);
            cells << (count ? QString::number(count) : QStringLiteral("–"));
            sum += count;
            totals[group] += count;
        }
        cells << QString::number(sum);
        table.addRow(cells);
    }
    QStringList last{QString(), tr("Total")};
    for (TargetGroup group : groups)
        last << QString::number(totals.value(group));
    last << QString::number(cases.size());
    table.addRow(last);
    composer.table(table);
}

#include "documents/RtlMatrixSection.h"

#include "documents/DocumentComposer.h"
#include "domain/DateText.h"
#include "domain/EnumText.h"

#include <QMap>

namespace {
QString period(const ActionItem &item)
{
    if (!item.startDate.isValid() && !item.dueDate.isValid())
        return RtlMatrixSection::tr("not set");
    if (!item.startDate.isValid())
        return RtlMatrixSection::tr("by %1").arg(DateText::shortDate(item.dueDate));
    if (!item.dueDate.isValid())
        return RtlMatrixSection::tr("from %1").arg(DateText::shortDate(item.startDate));
    return RtlMatrixSection::tr("%1 to %2").arg(DateText::shortDate(item.startDate), DateText::shortDate(item.dueDate));
}

QString status(const ActionItem &item)
{
    const QString approval = item.isApproved() ? RtlMatrixSection::tr("approved %1").arg(DateText::shortDate(item.approvedOn))
                                               : RtlMatrixSection::tr("not yet approved");
    return enumName(item.status) + QLatin1Char('\n') + approval;
}

QString kind(const ActionItem &item)
{
    return enumName(item.interventionType) + QLatin1Char('\n') + enumName(item.timing);
}

QString caseOf(const RtlItemRow &row)
{
    return row.caseCode.isEmpty() ? RtlMatrixSection::tr("General") : row.caseCode;
}

// "Problem: …" lines of a portrait cell, leaving out what is empty.
QString labelled(const QList<QPair<QString, QString>> &parts)
{
    QStringList lines;
    for (const auto &[label, text] : parts) {
        if (!text.trimmed().isEmpty())
            lines << label + QStringLiteral(": ") + text.trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}
}

int RtlMatrixSection::unapprovedCount(const QList<RtlItemRow> &items)
{
    int count = 0;
    for (const RtlItemRow &row : items)
        count += row.item.isApproved() ? 0 : 1;
    return count;
}

void RtlMatrixSection::write(DocumentComposer &composer, const QList<RtlItemRow> &items, Width width)
{
    const bool wide = width == Width::Landscape;
    DocumentTable table = wide ? DocumentTable({tr("No."), tr("Case"), tr("Problem"), tr("Recommendation"), tr("Activity"), tr("Target"),
                                                tr("Type and timing"), tr("Partners"), tr("Period"), tr("Budget source"),
                                                tr("Success indicator"), tr("Status")},
                                               {4, 9, 10, 11, 11, 7, 8, 8, 8, 7, 9, 8})
                               : DocumentTable({tr("No."), tr("Case"), tr("Activity"), tr("Type and timing"), tr("Period and budget"), tr("Status")},
                                               {5, 18, 37, 13, 15, 12});
    table.setFontPointSize(wide ? 8 : 8.5);
    table.alignCentre(0);

    QMap<QString, QList<RtlItemRow>> byAgency;
    for (const RtlItemRow &row : items)
        byAgency[row.agency.isEmpty() ? tr("(no agency named)") : row.agency].append(row);
    int number = 0;
    for (auto it = byAgency.cbegin(); it != byAgency.cend(); ++it) {
        table.addGroupRow(tr("%1 (%n item(s))", nullptr, int(it.value().size())).arg(it.key()));
        for (const RtlItemRow &row : it.value()) {
            const ActionItem &item = row.item;
            if (wide) {
                table.addRow({QString::number(++number), caseOf(row), item.problem, item.recommendation, item.activity, item.target, kind(item),
                              item.partners, period(item), item.budgetSource, item.successIndicator, status(item)});
            } else {
                table.addRow({QString::number(++number), caseOf(row),
                              labelled({{tr("Problem"), item.problem}, {tr("Activity"), item.activity}, {tr("Target"), item.target},
                                        {tr("Partners"), item.partners}, {tr("Indicator"), item.successIndicator}}),
                              kind(item), labelled({{tr("Period"), period(item)}, {tr("Budget"), item.budgetSource}}), status(item)});
            }
        }
    }
    composer.table(table);
}

#include "models/CaseTableModel.h"

#include "domain/SelectionReason.h"

QStringList CaseTableModel::headers() const
{
    return {tr("Case code"), tr("Group"), tr("Desa"), tr("Selection reasons"), tr("Expert review"), tr("Outcome")};
}

QVariant CaseTableModel::display(const CaseRow &row, int column) const
{
    switch (column) {
    case Code: return row.caseCode;
    case Group: return enumCode(row.group);
    case Desa: return row.desa;
    case Reasons: {
        QStringList names;
        for (const QString &code : row.reasons.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (auto reason = enumFromCode<SelectionReason>(code))
                names.append(enumName(*reason));
        }
        return names.join(QStringLiteral("; "));
    }
    case Review: return row.reviewSigned ? tr("Signed") : tr("Not yet");
    case Outcome: return row.outcome ? enumName(*row.outcome) : QStringLiteral("–");
    }
    return {};
}

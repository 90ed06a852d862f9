#include "audit/ActionItemCheck.h"

#include <QLocale>

bool ActionItemCheck::isFinal(ActionStatus status)
{
    return status == ActionStatus::Done || status == ActionStatus::PartlyDone || status == ActionStatus::NotDone;
}

QStringList ActionItemCheck::problems(const ActionItem &item, const QDate &evaluatedOn, const QDate &today)
{
    QStringList problems;
    if (item.activity.trimmed().isEmpty())
        problems << tr("Describe the activity.");
    if (item.agencyId == 0)
        problems << tr("Choose the agency (OPD) responsible.");
    if (item.startDate.isValid() && item.dueDate.isValid() && item.dueDate < item.startDate)
        problems << tr("The due date is before the start date.");
    if (isFinal(item.status)) {
        if (!evaluatedOn.isValid())
            problems << tr("An item marked \"%1\" needs the date it was evaluated.").arg(enumName(item.status));
        else if (evaluatedOn > today)
            problems << tr("The evaluation date is in the future.");
        else if (item.startDate.isValid() && evaluatedOn < item.startDate)
            problems << tr("The evaluation date is before the start date.");
    }
    if (item.approvedOn.isValid() != !item.approvedBy.trimmed().isEmpty())
        problems << tr("An approval needs both the date and the name of the TPPS chair.");
    if (item.approvedOn.isValid() && item.approvedOn > today)
        problems << tr("The approval date is in the future.");
    return problems;
}

#include "audit/ActionItemCheck.h"

QString ActionItemCheck::evaluationDateProblem(ActionStatus status, const QDate &startDate, const QDate &evaluatedOn, const QDate &today)
{
    if (!evaluatedOn.isValid())
        return tr("An item marked \"%1\" needs the date it was evaluated.").arg(enumName(status));
    if (evaluatedOn > today)
        return tr("The evaluation date is in the future.");
    if (startDate.isValid() && evaluatedOn < startDate)
        return tr("The evaluation date is before the start date.");
    return {};
}

QStringList ActionItemCheck::problems(const ActionItem &item, const QDate &evaluatedOn, const QDate &today, bool alreadyEvaluated)
{
    QStringList problems;
    if (item.activity.trimmed().isEmpty())
        problems << tr("Describe the activity.");
    if (item.agencyId == 0)
        problems << tr("Choose the agency (OPD) responsible.");
    if (item.startDate.isValid() && item.dueDate.isValid() && item.dueDate < item.startDate)
        problems << tr("The due date is before the start date.");
    if (isFinalStatus(item.status)) {
        if (const QString problem = evaluationDateProblem(item.status, item.startDate, evaluatedOn, today); !problem.isEmpty())
            problems << problem;
    } else if (alreadyEvaluated) {
        problems << tr("This item has been evaluated, so its status stays done, partly done or not done.");
    }
    if (item.approvedOn.isValid() != !item.approvedBy.trimmed().isEmpty())
        problems << tr("An approval needs both the date and the name of the TPPS chair.");
    if (item.approvedOn.isValid() && item.approvedOn > today)
        problems << tr("The approval date is in the future.");
    return problems;
}

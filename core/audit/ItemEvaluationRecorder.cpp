#include "audit/ItemEvaluationRecorder.h"

#include "audit/ActionItemCheck.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Workspace.h"


QString ItemEvaluationRecorder::label(const ActionItem &item, const QString &caseCode)
{
    const QString owner = item.caseId ? caseCode : tr("general");
    const QString activity = item.activity.length() > 50 ? item.activity.left(49) + QStringLiteral("…") : item.activity;
    return QStringLiteral("%1 — %2").arg(owner, activity);
}

QStringList ItemEvaluationRecorder::problems(const ActionItem &item, const QString &caseCode, const ItemEvaluation &e, const QDate &today)
{
    QStringList found;
    const QString which = label(item, caseCode);
    if (!isFinalStatus(e.finalStatus))
        found << tr("%1: the final status is done, partly done or not done.").arg(which);
    else if (const QString problem = ActionItemCheck::evaluationDateProblem(e.finalStatus, item.startDate, e.evaluatedOn, today); !problem.isEmpty())
        found << QStringLiteral("%1: %2").arg(which, problem);
    return found;
}

Status ItemEvaluationRecorder::save(QList<ItemEvaluation> &evaluations, const QDate &today)
{
    ActionItemRepository items(m_workspace);
    CaseRepository cases(m_workspace);
    QList<ActionItem> stored;
    QStringList found;
    for (const ItemEvaluation &evaluation : evaluations) {
        auto item = items.find(evaluation.actionItemId);
        if (!item)
            return Error{item.error()};
        QString caseCode;
        if (item->caseId) {
            auto auditCase = cases.find(item->caseId);
            caseCode = auditCase ? auditCase->caseCode : QString();
        }
        found << problems(*item, caseCode, evaluation, today);
        stored.append(*item);
    }
    if (!found.isEmpty())
        return Error{found.join(QLatin1Char('\n'))};

    QList<ItemEvaluation> draft = evaluations;
    const Status status = m_workspace.write([&]() -> Status {
        for (int i = 0; i < draft.size(); ++i) {
            if (Status saved = items.save(draft[i]); !saved)
                return saved;
            stored[i].status = draft[i].finalStatus;
            if (Status saved = items.save(stored[i]); !saved)
                return saved;
        }
        return {};
    });
    if (status)
        evaluations = draft;
    return status;
}

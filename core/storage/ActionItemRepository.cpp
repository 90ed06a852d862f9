#include "storage/ActionItemRepository.h"

#include "storage/QueryRows.h"
#include "storage/TableWriter.h"
#include "storage/Workspace.h"

namespace {
void readItem(const SqlQuery &q, ActionItem &i)
{
    i.cycleId = q.value(QStringLiteral("cycle_id")).toLongLong();
    i.caseId = q.value(QStringLiteral("case_id")).toLongLong();
    i.recommendationId = q.value(QStringLiteral("recommendation_id")).toLongLong();
    i.carriedFromId = q.value(QStringLiteral("carried_from_id")).toLongLong();
    i.problem = q.value(QStringLiteral("problem")).toString();
    i.recommendation = q.value(QStringLiteral("recommendation_text")).toString();
    i.interventionType = enumFromCode<InterventionType>(q.value(QStringLiteral("intervention_type")).toString()).value_or(InterventionType::Specific);
    i.timing = enumFromCode<ActionTiming>(q.value(QStringLiteral("timing")).toString()).value_or(ActionTiming::Immediate);
    i.activity = q.value(QStringLiteral("activity")).toString();
    i.target = q.value(QStringLiteral("target")).toString();
    i.agencyId = q.value(QStringLiteral("agency_id")).toLongLong();
    i.partners = q.value(QStringLiteral("partners")).toString();
    i.startDate = SqlValue::toDate(q.value(QStringLiteral("start_date")));
    i.dueDate = SqlValue::toDate(q.value(QStringLiteral("due_date")));
    i.budgetSource = q.value(QStringLiteral("budget_source")).toString();
    i.successIndicator = q.value(QStringLiteral("success_indicator")).toString();
    i.status = enumFromCode<ActionStatus>(q.value(QStringLiteral("status")).toString()).value_or(ActionStatus::Planned);
    i.approvedOn = SqlValue::toDate(q.value(QStringLiteral("approved_on")));
    i.approvedBy = q.value(QStringLiteral("approved_by")).toString();
}

const QString SelectItems = QStringLiteral("SELECT * FROM action_item WHERE %1 ORDER BY due_date IS NULL, due_date, id");
}

Status ActionItemRepository::save(ActionItem &i)
{
    return TableWriter::save(m_workspace, QStringLiteral("action_item"), i,
                             {{QStringLiteral("cycle_id"), i.cycleId},
                              {QStringLiteral("case_id"), SqlValue::id(i.caseId)},
                              {QStringLiteral("recommendation_id"), SqlValue::id(i.recommendationId)},
                              {QStringLiteral("carried_from_id"), SqlValue::id(i.carriedFromId)},
                              {QStringLiteral("problem"), i.problem},
                              {QStringLiteral("recommendation_text"), i.recommendation},
                              {QStringLiteral("intervention_type"), enumCode(i.interventionType)},
                              {QStringLiteral("timing"), enumCode(i.timing)},
                              {QStringLiteral("activity"), i.activity},
                              {QStringLiteral("target"), i.target},
                              {QStringLiteral("agency_id"), SqlValue::id(i.agencyId)},
                              {QStringLiteral("partners"), i.partners},
                              {QStringLiteral("start_date"), SqlValue::from(i.startDate)},
                              {QStringLiteral("due_date"), SqlValue::from(i.dueDate)},
                              {QStringLiteral("budget_source"), i.budgetSource},
                              {QStringLiteral("success_indicator"), i.successIndicator},
                              {QStringLiteral("status"), enumCode(i.status)},
                              {QStringLiteral("approved_on"), SqlValue::from(i.approvedOn)},
                              {QStringLiteral("approved_by"), i.approvedBy}});
}

Status ActionItemRepository::saveWithEvaluationDate(ActionItem &item, const QDate &evaluatedOn)
{
    ActionItem saved = item;
    Status status = m_workspace.write([&]() -> Status {
        if (Status stored = save(saved); !stored)
            return stored;
        if (!isFinalStatus(saved.status))
            return {};
        auto existing = evaluations(saved.id);
        if (!existing)
            return Error{existing.error()};
        ItemEvaluation evaluation = existing->isEmpty() ? ItemEvaluation{} : existing->last();
        evaluation.actionItemId = saved.id;
        evaluation.evaluatedOn = evaluatedOn;
        evaluation.finalStatus = saved.status;
        return save(evaluation);
    });
    if (status)
        item = saved;
    return status;
}

Result<ActionItem> ActionItemRepository::find(qint64 id) const
{
    SqlQuery query(m_workspace, SelectItems.arg(QStringLiteral("id = :id")));
    query.bind(QStringLiteral(":id"), id);
    return QueryRows::one<ActionItem>(query, readItem, QCoreApplication::translate("ActionItemRepository", "The RTL item"));
}

Result<QList<ActionItem>> ActionItemRepository::forCycle(qint64 cycleId) const
{
    SqlQuery query(m_workspace, SelectItems.arg(QStringLiteral("cycle_id = :cycle")));
    query.bind(QStringLiteral(":cycle"), cycleId);
    return QueryRows::list<ActionItem>(query, readItem);
}

Result<QList<ActionItem>> ActionItemRepository::forCase(qint64 caseId) const
{
    SqlQuery query(m_workspace, SelectItems.arg(QStringLiteral("case_id = :case")));
    query.bind(QStringLiteral(":case"), caseId);
    return QueryRows::list<ActionItem>(query, readItem);
}

Status ActionItemRepository::remove(qint64 id)
{
    return TableWriter::remove(m_workspace, QStringLiteral("action_item"), id);
}

Status ActionItemRepository::remove(const QList<qint64> &ids)
{
    return m_workspace.write([&]() -> Status {
        for (qint64 id : ids) {
            if (Status status = remove(id); !status)
                return status;
        }
        return {};
    });
}

Status ActionItemRepository::save(ItemEvaluation &e)
{
    return TableWriter::save(m_workspace, QStringLiteral("item_evaluation"), e,
                             {{QStringLiteral("action_item_id"), e.actionItemId},
                              {QStringLiteral("evaluated_on"), SqlValue::from(e.evaluatedOn)},
                              {QStringLiteral("what_was_done"), e.whatWasDone},
                              {QStringLiteral("evidence"), e.evidence},
                              {QStringLiteral("obstacle"), e.obstacle},
                              {QStringLiteral("next_step"), e.nextStep},
                              {QStringLiteral("final_status"), enumCode(e.finalStatus)}});
}

Result<QList<ItemEvaluation>> ActionItemRepository::evaluations(qint64 actionItemId) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM item_evaluation WHERE action_item_id = :item ORDER BY evaluated_on, id"));
    query.bind(QStringLiteral(":item"), actionItemId);
    return QueryRows::list<ItemEvaluation>(query, [](const SqlQuery &q, ItemEvaluation &e) {
        e.actionItemId = q.value(QStringLiteral("action_item_id")).toLongLong();
        e.evaluatedOn = SqlValue::toDate(q.value(QStringLiteral("evaluated_on")));
        e.whatWasDone = q.value(QStringLiteral("what_was_done")).toString();
        e.evidence = q.value(QStringLiteral("evidence")).toString();
        e.obstacle = q.value(QStringLiteral("obstacle")).toString();
        e.nextStep = q.value(QStringLiteral("next_step")).toString();
        e.finalStatus = enumFromCode<ActionStatus>(q.value(QStringLiteral("final_status")).toString()).value_or(ActionStatus::Done);
    });
}

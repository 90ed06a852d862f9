#pragma once

#include "Result.h"
#include "domain/ActionItem.h"
#include "domain/ItemEvaluation.h"

#include <QList>

class Workspace;

// The RTL: action items of a cycle and their evaluations.
class ActionItemRepository {
public:
    explicit ActionItemRepository(Workspace &workspace) : m_workspace(workspace) {}

    Status save(ActionItem &item);
    // Stores the item and, when its status is final, records that status and date on its latest
    // evaluation (or a new one), in one transaction.
    Status saveWithEvaluationDate(ActionItem &item, const QDate &evaluatedOn);
    Result<ActionItem> find(qint64 id) const;
    Result<QList<ActionItem>> forCycle(qint64 cycleId) const;  // by due date
    Result<QList<ActionItem>> forCase(qint64 caseId) const;
    Status remove(qint64 id);
    Status remove(const QList<qint64> &ids);  // all in one transaction, or none

    Status save(ItemEvaluation &evaluation);
    Result<QList<ItemEvaluation>> evaluations(qint64 actionItemId) const;  // oldest first

private:
    Workspace &m_workspace;
};

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
    Result<ActionItem> find(qint64 id) const;
    Result<QList<ActionItem>> forCycle(qint64 cycleId) const;  // by due date
    Result<QList<ActionItem>> forCase(qint64 caseId) const;
    Status remove(qint64 id);

    Status save(ItemEvaluation &evaluation);
    Result<QList<ItemEvaluation>> evaluations(qint64 actionItemId) const;  // oldest first

private:
    Workspace &m_workspace;
};

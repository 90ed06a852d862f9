#pragma once

#include "Result.h"
#include "domain/ActionItem.h"
#include "domain/Cycle.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Workspace;

// Carries RTL items not done at the end of a cycle into a later one. Each carried item is a new
// row linked to its original (carried_from_id), which stays as it was: the old cycle's evaluation
// keeps its record. The copy starts over as planned and unapproved, since the new cycle's RTL is
// approved anew, and without dates: the old period has passed, and keeping it would make every
// carried item overdue the day it arrives. Case items keep their case (and its code), which
// belongs to the old cycle.
class RtlCarryOver {
    Q_DECLARE_TR_FUNCTIONS(RtlCarryOver)
public:
    explicit RtlCarryOver(Workspace &workspace) : m_workspace(workspace) {}

    // The cycle right after this one (by year and number), if there is one.
    Result<std::optional<Cycle>> nextCycle(qint64 cycleId) const;
    // The items of `fromCycleId` not done and not yet carried into `toCycleId`.
    Result<QList<ActionItem>> pending(qint64 fromCycleId, qint64 toCycleId) const;
    // Copies the items into the target cycle in one transaction; all or nothing. Refused for an
    // item that is done, already carried into that cycle, or not from an earlier cycle.
    Result<QList<ActionItem>> carry(const QList<qint64> &itemIds, qint64 toCycleId);

private:
    Workspace &m_workspace;
};

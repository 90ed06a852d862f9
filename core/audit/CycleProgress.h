#pragma once

#include "Result.h"
#include "audit/StageProgress.h"

#include <QCoreApplication>
#include <QList>

class Workspace;

// Reads a cycle's data and says, for each of the five stages, whether it is done and what it
// still lacks. Derived from the data alone: there is no flag a user sets.
class CycleProgress {
    Q_DECLARE_TR_FUNCTIONS(CycleProgress)
public:
    explicit CycleProgress(Workspace &workspace) : m_workspace(workspace) {}

    // Five entries, in stage order.
    Result<QList<StageProgress>> evaluate(qint64 cycleId) const;

private:
    Workspace &m_workspace;
};

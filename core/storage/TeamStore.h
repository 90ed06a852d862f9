#pragma once

#include "Result.h"
#include "audit/TeamDraft.h"

class Workspace;

// Loads a cycle's decree and team as one draft, and stores a whole draft in one transaction.
class TeamStore {
public:
    explicit TeamStore(Workspace &workspace) : m_workspace(workspace) {}

    Result<TeamDraft> load(qint64 cycleId) const;
    // The team of the cycle before this one, to reuse: members and the decree's subject and signer,
    // but not its number or date. Empty when there is no earlier cycle.
    Result<TeamDraft> previousTeam(qint64 cycleId) const;
    // New people are added, known ones updated, removed members deleted; all or nothing.
    Status save(qint64 cycleId, TeamDraft &draft);

private:
    Workspace &m_workspace;
};

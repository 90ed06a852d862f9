#pragma once

#include "Result.h"
#include "domain/Cycle.h"
#include "domain/Decree.h"
#include "domain/TeamMember.h"

#include <QList>
#include <optional>

class Workspace;

// Audit cycles with their decree and team.
class CycleRepository {
public:
    explicit CycleRepository(Workspace &workspace) : m_workspace(workspace) {}

    Status save(Cycle &cycle);
    Result<QList<Cycle>> all() const;  // newest first
    Result<Cycle> find(qint64 id) const;
    // The cycle to show at start: the newest one not closed, else the newest; none when empty.
    Result<std::optional<Cycle>> current() const;

    Result<std::optional<Decree>> decree(qint64 cycleId) const;
    Status save(Decree &decree);

    Result<QList<TeamMember>> members(qint64 cycleId) const;
    Status save(TeamMember &member);
    Status removeMember(qint64 memberId);

private:
    Workspace &m_workspace;
};

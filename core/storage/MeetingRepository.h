#pragma once

#include "Result.h"
#include "domain/Meeting.h"

#include <QList>

class Workspace;

// Audit meetings with their attendance and agency commitments.
class MeetingRepository {
public:
    explicit MeetingRepository(Workspace &workspace) : m_workspace(workspace) {}

    // Stores the meeting with its invited agencies, attendance and commitments, replacing the
    // previous lists.
    Status save(Meeting &meeting);
    Result<Meeting> find(qint64 id) const;
    Result<QList<Meeting>> forCycle(qint64 cycleId) const;  // by date, with their lists
    Status remove(qint64 id);

private:
    Status loadLists(Meeting &meeting) const;
    Workspace &m_workspace;
};

#pragma once

#include "Result.h"
#include "storage/RtlItemRow.h"

#include <QList>
#include <QSet>

class Workspace;

// Reads the RTL items of a cycle with their case code, agency and carry-over links.
class RtlRepository {
public:
    explicit RtlRepository(Workspace &workspace) : m_workspace(workspace) {}

    Result<QList<RtlItemRow>> items(qint64 cycleId) const;  // by due date, undated last
    // The items already carried into `cycleId`: the ids they were carried from.
    Result<QSet<qint64>> carriedInto(qint64 cycleId) const;

private:
    Workspace &m_workspace;
};

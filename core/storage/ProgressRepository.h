#pragma once

#include "Result.h"

class Workspace;

// What a cycle's stages 3 to 5 depend on, counted by the database in a few queries whatever the
// number of cases and RTL items (CycleProgress runs after every wizard and for tuntas-cli info).
struct ProgressCounts {
    int cases = 0;
    int casesWithoutSignedReview = 0;
    int casesWithoutOutcome = 0;
    int actionItems = 0;
    int unapprovedActionItems = 0;
    int unevaluatedActionItems = 0;
    int disseminationsHeld = 0;  // dissemination meetings with attendance and minutes
};

class ProgressRepository {
public:
    explicit ProgressRepository(Workspace &workspace) : m_workspace(workspace) {}

    Result<ProgressCounts> counts(qint64 cycleId) const;

private:
    Workspace &m_workspace;
};

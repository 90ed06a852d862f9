#pragma once

#include "Result.h"
#include "audit/Candidate.h"
#include "domain/TargetGroup.h"
#include "growth/RiskThresholds.h"

#include <QCoreApplication>
#include <QMap>

class Workspace;

// Stage 2: the candidates of a cycle with their screening, the quota per group, and storing the
// chosen cases with audit numbers and case codes in one transaction.
class CaseSelection {
    Q_DECLARE_TR_FUNCTIONS(CaseSelection)
public:
    explicit CaseSelection(Workspace &workspace) : m_workspace(workspace) {}

    Result<QList<Candidate>> candidates(qint64 cycleId) const;
    int minimumPerGroup() const;  // setting "selection.minimumPerGroup", 2 by default
    // Cases per group the cycle would have with these candidates selected.
    QMap<TargetGroup, int> countsWith(qint64 cycleId, const QList<Candidate> &candidates) const;
    // Groups short of the minimum, as lines for the user.
    QStringList shortGroups(qint64 cycleId, const QList<Candidate> &candidates) const;
    // Stores the selected candidates that are not cases yet; returns the case codes given.
    Result<QStringList> select(qint64 cycleId, const QList<Candidate> &candidates);

private:
    Workspace &m_workspace;
};

#pragma once

#include "Result.h"
#include "storage/CaseSnapshot.h"

#include <QCoreApplication>

class ForeignKeyGraph;
class Workspace;

// Deletes an audit case with everything that goes with it (its review with causes, recommendations
// and worksheet answers, its RTL items with their evaluations and commitments, its monitoring visits)
// in one transaction, and puts it all back from the snapshot taken before. What goes with a case is
// found by following the schema's foreign keys, so a new table or column needs no code here.
class CaseRemoval {
    Q_DECLARE_TR_FUNCTIONS(CaseRemoval)
public:
    explicit CaseRemoval(Workspace &workspace) : m_workspace(workspace) {}

    // What deleting the case would take with it, or why it may not be deleted: its cycle is closed,
    // or one of its RTL items was carried into another cycle.
    Result<CaseSnapshot> preview(qint64 caseId) const;
    // Deletes the case and what goes with it; the snapshot returned restores them.
    Result<CaseSnapshot> remove(qint64 caseId);
    // Inserts the snapshot's rows back with their ids, and gives detached rows their references back.
    Status restore(const CaseSnapshot &snapshot);

private:
    Status refusal(const CaseSnapshot &snapshot) const;
    Status placeIsFree(const CaseSnapshot &snapshot) const;
    Result<CaseSnapshot> collect(qint64 caseId, const ForeignKeyGraph &graph) const;
    Workspace &m_workspace;
};

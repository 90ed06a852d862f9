#pragma once

#include "Result.h"
#include "domain/RiskAnswer.h"
#include "storage/ListRows.h"

#include <QHash>

#include <QList>

class Workspace;

// Read-only rows for the lists of subjects, cases and RTL items.
class ListRepository {
public:
    explicit ListRepository(Workspace &workspace) : m_workspace(workspace) {}

    Result<QList<SubjectRow>> subjects() const;
    Result<QList<CaseRow>> cases(qint64 cycleId) const;
    Result<QList<ActionItemRow>> actionItems(qint64 cycleId) const;
    // Every subject's risk-factor answers, read in one query (subjects without answers are absent).
    Result<QHash<qint64, RiskAnswerValues>> riskAnswers() const;

private:
    Workspace &m_workspace;
};

#pragma once

#include "domain/ActionStatus.h"
#include "domain/TargetGroup.h"

#include <QDate>
#include <QMap>

class Workspace;

// Counts for summaries (the CLI's info, the status bar): read-only.
class StatisticsRepository {
public:
    explicit StatisticsRepository(Workspace &workspace) : m_workspace(workspace) {}

    int cycleCount() const;
    int caseCount(qint64 cycleId = 0) const;  // all cycles when 0
    QMap<TargetGroup, int> subjectsByGroup() const;
    QMap<TargetGroup, int> casesByGroup(qint64 cycleId) const;
    QMap<ActionStatus, int> actionItemsByStatus(qint64 cycleId = 0) const;

private:
    int count(const QString &sql, qint64 cycleId) const;
    Workspace &m_workspace;
};

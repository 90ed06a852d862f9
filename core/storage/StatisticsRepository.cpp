#include "storage/StatisticsRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlValue.h"
#include "storage/Workspace.h"

int StatisticsRepository::count(const QString &sql, qint64 cycleId) const
{
    SqlQuery query(m_workspace, sql);
    query.bind(QStringLiteral(":cycle"), SqlValue::id(cycleId));
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

int StatisticsRepository::cycleCount() const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT COUNT(*) FROM cycle"));
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

int StatisticsRepository::caseCount(qint64 cycleId) const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM audit_case WHERE :cycle IS NULL OR cycle_id = :cycle"), cycleId);
}

QMap<TargetGroup, int> StatisticsRepository::subjectsByGroup() const
{
    QMap<TargetGroup, int> result;
    for (TargetGroup group : enumValues<TargetGroup>())
        result.insert(group, 0);
    SqlQuery query(m_workspace, QStringLiteral("SELECT target_group, COUNT(*) FROM subject GROUP BY target_group"));
    if (query.exec()) {
        while (query.next()) {
            if (auto group = enumFromCode<TargetGroup>(query.value(0).toString()))
                result[*group] = query.value(1).toInt();
        }
    }
    return result;
}

QMap<TargetGroup, int> StatisticsRepository::casesByGroup(qint64 cycleId) const
{
    QMap<TargetGroup, int> result;
    for (TargetGroup group : enumValues<TargetGroup>())
        result.insert(group, 0);
    SqlQuery query(m_workspace, QStringLiteral("SELECT subject.target_group, COUNT(*) FROM audit_case "
                                               "JOIN subject ON subject.id = audit_case.subject_id "
                                               "WHERE audit_case.cycle_id = :cycle GROUP BY subject.target_group"));
    query.bind(QStringLiteral(":cycle"), cycleId);
    if (query.exec()) {
        while (query.next()) {
            if (auto group = enumFromCode<TargetGroup>(query.value(0).toString()))
                result[*group] = query.value(1).toInt();
        }
    }
    return result;
}

QMap<ActionStatus, int> StatisticsRepository::actionItemsByStatus(qint64 cycleId) const
{
    QMap<ActionStatus, int> result;
    for (ActionStatus status : enumValues<ActionStatus>())
        result.insert(status, 0);
    SqlQuery query(m_workspace, QStringLiteral("SELECT status, COUNT(*) FROM action_item WHERE :cycle IS NULL OR cycle_id = :cycle GROUP BY status"));
    query.bind(QStringLiteral(":cycle"), SqlValue::id(cycleId));
    if (query.exec()) {
        while (query.next()) {
            if (auto status = enumFromCode<ActionStatus>(query.value(0).toString()))
                result[*status] = query.value(1).toInt();
        }
    }
    return result;
}

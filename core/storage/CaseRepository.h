#pragma once

#include "Result.h"
#include "domain/AuditCase.h"
#include "domain/ExpertReview.h"
#include "domain/MonitoringVisit.h"

#include <QList>
#include <optional>

class Workspace;

// Audit cases of a cycle with their expert review and monitoring visits.
class CaseRepository {
public:
    explicit CaseRepository(Workspace &workspace) : m_workspace(workspace) {}

    Status save(AuditCase &auditCase);
    Result<AuditCase> find(qint64 id) const;
    Result<AuditCase> findByCode(const QString &caseCode) const;
    Result<QList<AuditCase>> forCycle(qint64 cycleId) const;  // by audit number
    Status remove(qint64 id);  // refused by the database while reviews, items or visits refer to it

    Result<std::optional<ExpertReview>> review(qint64 caseId) const;
    // Stores the review with its reviewers, causes, worksheet answers and recommendations, replacing
    // the previous ones (a recommendation left out is deleted; its RTL items stay).
    Status save(ExpertReview &review);

    Status save(MonitoringVisit &visit);
    Result<QList<MonitoringVisit>> visits(qint64 caseId) const;  // by month

private:
    Workspace &m_workspace;
};

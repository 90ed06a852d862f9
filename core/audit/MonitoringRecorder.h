#pragma once

#include "Result.h"
#include "audit/MonitoringEntry.h"
#include "domain/AuditCase.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Workspace;

// Stores the follow-up visits of a cycle's cases, each with its measurement, after checking them:
// month 1 to 3, recorded in order, each visit after the case's selection and after the month
// before, none in the future, the visitor a TPK member of the cycle's team.
class MonitoringRecorder {
    Q_DECLARE_TR_FUNCTIONS(MonitoringRecorder)
public:
    struct CaseVisits {
        AuditCase auditCase;
        QList<MonitoringEntry> entries;  // by month; stored ones keep their ids
    };

    explicit MonitoringRecorder(Workspace &workspace) : m_workspace(workspace) {}

    // The visits stored for a case, each with its measurement.
    Result<QList<MonitoringEntry>> load(const AuditCase &auditCase) const;
    // What is wrong with one case's visits (translated lines naming the case); empty when fine.
    QStringList problems(const CaseVisits &visits, const QDate &today) const;
    // Checks every case first; stores all of them in one transaction, or nothing. On success the
    // entries carry the ids and z-scores stored.
    Status save(QList<CaseVisits> &cases, const QDate &today);

private:
    Workspace &m_workspace;
};

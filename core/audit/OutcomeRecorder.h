#pragma once

#include "Result.h"
#include "domain/AuditCase.h"

#include <QCoreApplication>
#include <QList>

class Workspace;

// Stores the proposed and the confirmed outcome of cases; a confirmed outcome needs the date it
// was confirmed, not in the future.
class OutcomeRecorder {
    Q_DECLARE_TR_FUNCTIONS(OutcomeRecorder)
public:
    explicit OutcomeRecorder(Workspace &workspace) : m_workspace(workspace) {}

    static QStringList problems(const AuditCase &auditCase, const QDate &today);
    // Checks all first, then stores all in one transaction, or nothing.
    Status save(QList<AuditCase> &cases, const QDate &today);

private:
    Workspace &m_workspace;
};

#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <memory>

// Keeps a second Tuntas window from editing a workspace that one window has open
// (a "<file>.lock" beside it; a lock left by a crashed program is taken over).
class WorkspaceLock {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLock)
public:
    static Result<std::unique_ptr<WorkspaceLock>> acquire(const QString &workspacePath);

private:
    explicit WorkspaceLock(const QString &lockPath) : m_lock(lockPath) {}
    QLockFile m_lock;
};

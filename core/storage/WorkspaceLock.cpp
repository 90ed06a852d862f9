#include "storage/WorkspaceLock.h"

#include <QDir>

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString &workspacePath)
{
    std::unique_ptr<WorkspaceLock> lock(new WorkspaceLock(workspacePath + QStringLiteral(".lock")));
    lock->m_lock.setStaleLockTime(0);  // only a lock whose process is gone counts as stale
    if (lock->m_lock.tryLock(0))
        return lock;
    if (lock->m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->m_lock.getLockInfo(&pid, &host, &application);
        return Error{tr("%1 is already open in another Tuntas window (process %2 on %3). Close it there first.")
                         .arg(QDir::toNativeSeparators(workspacePath))
                         .arg(pid)
                         .arg(host)};
    }
    return Error{tr("Tuntas cannot create %1.lock beside the workspace. Check that the folder can be written to.")
                     .arg(QDir::toNativeSeparators(workspacePath))};
}

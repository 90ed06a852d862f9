#include "storage/Workspace.h"

#include "storage/Migrations.h"
#include "storage/SqlScript.h"
#include "storage/WorkspaceFileHeader.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
const QString DriverName = QStringLiteral("QSQLITE");

// SQLITE_BUSY and SQLITE_LOCKED, with their extended codes: another connection holds the file.
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}
}

Workspace::Workspace(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(QStringLiteral("tuntas-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Workspace::~Workspace()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Workspace::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return Error{tr("The workspace could not be changed: %1").arg(query.lastError().text())};
    return {};
}

Status Workspace::connect(bool readOnly)
{
    if (!QSqlDatabase::isDriverAvailable(DriverName))
        return Error{tr("The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).")};
    QSqlDatabase db = QSqlDatabase::addDatabase(DriverName, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000;QSQLITE_OPEN_READONLY") : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return Error{tr("The workspace %1 could not be opened: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text())};
    // Temporary data in memory: the statement journal of a 100-row insert (the pages it changes,
    // to take it back should it fail) would otherwise go to a temporary file, written and thrown
    // away for every statement of an import.
    Status status = exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (status)
        status = exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return status;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return Error{tr("%1 already exists. Choose another name; Tuntas never overwrites a file.").arg(QDir::toNativeSeparators(path))};
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Error{tr("The folder %1 cannot be written to. Choose a folder of your own, such as Documents.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};

    std::unique_ptr<Workspace> workspace(new Workspace(path));
    Status status = workspace->connect();
    if (status)
        status = workspace->exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    if (status)
        status = workspace->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (status)
        status = workspace->migrate();
    if (!status) {
        const QString absolute = workspace->path();
        workspace.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(absolute + suffix);
        return Error{status.error()};
    }
    return workspace;
}

Status Workspace::checkFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("%1 does not exist.").arg(shown)};
    if (!info.isFile() || !info.isReadable())
        return Error{tr("%1 cannot be read. Check that it is a file and that you may open it.").arg(shown)};

    const WorkspaceFileHeader header = WorkspaceFileHeader::read(path);
    if (!header.isSqlite || header.applicationId != ApplicationId)
        return Error{tr("%1 is not a Tuntas workspace.").arg(shown)};
    if (header.userVersion > quint32(Migrations::latestVersion()))
        return Error{tr("%1 was made by a newer version of Tuntas (format %2; this program reads up to format %3). "
                        "Update Tuntas to open it; the file has not been changed.")
                         .arg(shown)
                         .arg(header.userVersion)
                         .arg(Migrations::latestVersion())};
    return {};
}

Status Workspace::checkReadable(const QString &shown) const
{
    QSqlQuery check(database());
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()) {
        if (isBusy(check.lastError()))
            return Error{tr("%1 is in use by another program or another Tuntas window. Close it there and try again.").arg(shown)};
        return Error{tr("%1 is damaged and cannot be opened (%2). Restore a backup; the file has not been changed.")
                         .arg(shown, check.lastError().text())};
    }
    if (check.value(0).toString() != QLatin1String("ok"))
        return Error{tr("%1 is damaged and cannot be opened. Restore a backup; the file has not been changed.").arg(shown)};
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::openReadOnly(const QString &path)
{
    if (Status status = checkFile(path); !status)
        return Error{status.error()};
    const QString shown = QDir::toNativeSeparators(path);
    std::unique_ptr<Workspace> workspace(new Workspace(path));
    if (Status status = workspace->connect(true); !status)
        return Error{status.error()};
    if (Status status = workspace->checkReadable(shown); !status)
        return Error{status.error()};
    if (workspace->schemaVersion() != Migrations::latestVersion())
        return Error{tr("%1 is in an older format (%2; this program: %3). Open it once in Tuntas to update it; the file has not been changed.")
                         .arg(shown)
                         .arg(workspace->schemaVersion())
                         .arg(Migrations::latestVersion())};
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    if (Status status = checkFile(path); !status)
        return Error{status.error()};
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return Error{tr("%1 is read-only, or its folder is. Copy it to a folder of your own (such as Documents) and open the copy.")
                         .arg(shown)};

    std::unique_ptr<Workspace> workspace(new Workspace(path));
    if (Status status = workspace->connect(); !status)
        return Error{status.error()};

    if (Status status = workspace->checkReadable(shown); !status)
        return Error{status.error()};
    if (!workspace->exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{tr("%1 is in use by another program or another Tuntas window. Close it there and try again.").arg(shown)};
    workspace->exec(QStringLiteral("ROLLBACK"));

    if (workspace->schemaVersion() < Migrations::latestVersion()) {
        if (Status status = workspace->migrate(); !status)
            return Error{status.error()};
    }
    // Workspaces made before WAL was the rule (or changed by another tool) switch to it now.
    if (Status status = workspace->exec(QStringLiteral("PRAGMA journal_mode = WAL")); !status)
        return Error{status.error()};
    return workspace;
}

QSqlQuery &Workspace::reusableStatement(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &statement = m_statements[sql];
    if (!statement) {
        statement = std::make_unique<QSqlQuery>(database());
        statement->prepare(sql);
    }
    return *statement;
}

sqlite3 *Workspace::nativeHandle() const
{
    // Qt's SQLite driver hands out its sqlite3 *, which is the system's libsqlite3 we link too.
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int Workspace::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status Workspace::migrate()
{
    const int current = schemaVersion();
    for (const Migration &migration : Migrations::all()) {
        if (migration.version <= current)
            continue;
        Status status = write([&]() -> Status {
            for (const QString &statement : SqlScript::statements(migration.script)) {
                QSqlQuery query(database());
                if (!query.exec(statement))
                    return Error{tr("Updating the workspace to format %1 failed: %2").arg(migration.version).arg(query.lastError().text())};
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        });
        if (!status)
            return status;
    }
    return {};
}

Status Workspace::write(const std::function<Status()> &work)
{
    const QString savepoint = QStringLiteral("level%1").arg(m_depth);
    Status begun = exec(m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint);
    if (!begun)
        return begun;
    ++m_depth;
    Status result = work();
    --m_depth;
    if (result) {
        result = exec(m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
        if (result)
            return result;
    }
    if (m_depth == 0) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        exec(QStringLiteral("RELEASE ") + savepoint);
    }
    return result;
}

QStringList Workspace::integrityProblems() const
{
    QStringList problems;
    QSqlQuery integrity(database());
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(integrity.lastError().text());
    } else {
        while (integrity.next()) {
            const QString line = integrity.value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
    }
    QSqlQuery foreignKeys(database());
    if (foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (foreignKeys.next()) {
            problems.append(tr("Row %1 of table %2 refers to a missing row of table %3.")
                                .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(), foreignKeys.value(2).toString()));
        }
    }
    return problems;
}

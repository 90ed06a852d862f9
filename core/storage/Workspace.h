#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <unordered_map>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

struct sqlite3;

// One workspace file: the only place that opens the database, sets its PRAGMAs, migrates it and
// runs transactions. Repositories ask it for the connection; nothing else names the driver.
class Workspace {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    static constexpr quint32 ApplicationId = 0x54554E54;  // "TUNT"
    static constexpr const char *FileSuffix = "tuntas";

    // Creates a new, empty workspace at the latest schema. Refuses to overwrite an existing file.
    static Result<std::unique_ptr<Workspace>> create(const QString &path);
    // Opens an existing workspace and brings its schema up to date. A file that is not a Tuntas
    // workspace, is newer, damaged, read-only or in use is refused, and left exactly as it was.
    static Result<std::unique_ptr<Workspace>> open(const QString &path);
    // Opens an existing workspace for reading only (tuntas-cli info): nothing is migrated or
    // written, so a read-only file can be read. A workspace in an older format is refused.
    static Result<std::unique_ptr<Workspace>> openReadOnly(const QString &path);

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;

    // Runs work in one transaction (a savepoint when nested) and commits only when it succeeds.
    Status write(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // A prepared statement kept for reuse, for writes repeated many times (imports). Only for
    // statements that do not return rows, so that reusing one never cuts a read short.
    QSqlQuery &reusableStatement(const QString &sql);

    // The connection's SQLite handle, for the few bulk writes in core/storage that Qt's driver
    // makes too slow (SubjectBatchWriter); null when the driver is not SQLite.
    sqlite3 *nativeHandle() const;

    // Problems PRAGMA integrity_check and foreign_key_check report; empty when the file is sound.
    QStringList integrityProblems() const;

private:
    explicit Workspace(const QString &path);
    static Status checkFile(const QString &path);  // exists, readable, a Tuntas workspace, not newer
    Status connect(bool readOnly = false);
    Status checkReadable(const QString &shown) const;  // quick_check: in use, damaged or sound
    Status migrate();
    Status exec(const QString &sql) const;

    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

#include <catch2/catch.hpp>

#include "ImmutableFile.h"
#include "TemporaryWorkspace.h"
#include "storage/Migrations.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <unistd.h>

namespace {
QVariant pragma(Workspace &workspace, const QString &name)
{
    QSqlQuery query(workspace.database());
    query.exec(QStringLiteral("PRAGMA ") + name);
    query.next();
    return query.value(0);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int agencyCount(Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM agency"));
    query.next();
    return query.value(0).toInt();
}

Status insertAgency(Workspace &workspace, const QString &name)
{
    SqlQuery query(workspace, QStringLiteral("INSERT INTO agency (uuid, name, created_at, updated_at) VALUES (:uuid, :name, '', '')"));
    query.bind(QStringLiteral(":uuid"), name + QStringLiteral("-uuid")).bind(QStringLiteral(":name"), name);
    return query.exec();
}

// Opening must fail with a message containing `expected`, leaving the file's bytes as they were.
void requireRefused(const QString &path, const QString &expected)
{
    const QByteArray before = fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    auto opened = Workspace::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(expected));
    CHECK(opened.error().contains(QFileInfo(path).fileName()));
    CHECK(fileHash(path) == before);
    CHECK(QFileInfo(path).lastModified() == modified);
}
}

TEST_CASE("A new workspace is at the latest schema, in WAL mode, with foreign keys on", "[storage][workspace]")
{
    TemporaryWorkspace temp;
    Workspace &workspace = temp.workspace();
    CHECK(workspace.schemaVersion() == Migrations::latestVersion());
    CHECK(Migrations::latestVersion() >= 1);
    CHECK(pragma(workspace, QStringLiteral("application_id")).toUInt() == Workspace::ApplicationId);
    CHECK(pragma(workspace, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(workspace, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(workspace.integrityProblems().isEmpty());
}

TEST_CASE("Creating a workspace never overwrites a file", "[storage][workspace]")
{
    TemporaryWorkspace temp;
    temp.close();
    const QByteArray before = fileHash(temp.path());
    auto again = Workspace::create(temp.path());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already exists")));
    CHECK(fileHash(temp.path()) == before);
}

TEST_CASE("A workspace reopens with its data", "[storage][workspace]")
{
    TemporaryWorkspace temp;
    REQUIRE(insertAgency(temp.workspace(), QStringLiteral("Dinas Kesehatan")));
    temp.close();
    auto reopened = Workspace::open(temp.path());
    REQUIRE(reopened.ok());
    CHECK(agencyCount(**reopened) == 1);
}

TEST_CASE("Files that are not workspaces are refused and left untouched", "[storage][workspace]")
{
    QTemporaryDir dir;
    SECTION("missing file")
    {
        auto opened = Workspace::open(dir.filePath(QStringLiteral("nothing.tuntas")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("nothing.tuntas"))));
    }
    SECTION("text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.tuntas"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("Daftar hadir rapat diseminasi\n");
        file.close();
        requireRefused(path, QStringLiteral("not a Tuntas workspace"));
    }
    SECTION("empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.tuntas"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.close();
        requireRefused(path, QStringLiteral("not a Tuntas workspace"));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        requireRefused(path, QStringLiteral("not a Tuntas workspace"));
    }
}

TEST_CASE("A workspace from a newer program is refused without being touched", "[storage][workspace]")
{
    TemporaryWorkspace temp;
    QSqlQuery(temp.workspace().database()).exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
    QSqlQuery(temp.workspace().database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    temp.close();
    requireRefused(temp.path(), QStringLiteral("newer version of Tuntas"));
}

TEST_CASE("A damaged workspace is refused without being touched", "[storage][workspace]")
{
    TemporaryWorkspace temp;
    for (int i = 0; i < 400; ++i)
        REQUIRE(insertAgency(temp.workspace(), QStringLiteral("Dinas nomor %1 dengan nama yang cukup panjang untuk mengisi halaman").arg(i)));
    QSqlQuery(temp.workspace().database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    temp.close();
    {
        QFile file(temp.path());
        REQUIRE(file.size() > 4 * 4096);
        REQUIRE(file.open(QIODevice::ReadWrite));
        // Garbage over the last pages, where the agency rows and their index live.
        file.seek(file.size() - 3 * 4096);
        file.write(QByteArray(3 * 4096, '\xab'));
    }
    requireRefused(temp.path(), QStringLiteral("damaged"));
}

TEST_CASE("A workspace in use by another connection is refused", "[storage][workspace]")
{
    TemporaryWorkspace temp;
    temp.close();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(temp.path());
        REQUIRE(other.open());
        QSqlQuery hold(other);
        REQUIRE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        auto opened = Workspace::open(temp.path());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("in use")));
        hold.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    CHECK(Workspace::open(temp.path()).ok());
}

TEST_CASE("A workspace held in exclusive locking mode is reported as in use, not as damaged", "[storage][workspace]")
{
    TemporaryWorkspace temp;
    temp.close();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("exclusive"));
        other.setDatabaseName(temp.path());
        REQUIRE(other.open());
        QSqlQuery hold(other);
        REQUIRE(hold.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        // The first write takes the lock, and exclusive mode keeps it after the commit.
        REQUIRE(hold.exec(QStringLiteral("CREATE TABLE held (x)")));
        REQUIRE(hold.exec(QStringLiteral("DROP TABLE held")));
        auto opened = Workspace::open(temp.path());
        REQUIRE_FALSE(opened.ok());
        INFO(opened.error().toStdString());
        CHECK(opened.error().contains(QStringLiteral("in use by another program")));
        CHECK_FALSE(opened.error().contains(QStringLiteral("damaged")));
        CHECK_FALSE(opened.error().contains(QStringLiteral("backup")));
        hold.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("exclusive"));
    CHECK(Workspace::open(temp.path()).ok());
}

TEST_CASE("A read-only workspace is refused", "[storage][workspace]")
{
    TemporaryWorkspace temp;
    temp.close();
    if (::geteuid() != 0) {
        QFile::setPermissions(temp.path(), QFileDevice::ReadOwner | QFileDevice::ReadUser);
        REQUIRE_FALSE(QFileInfo(temp.path()).isWritable());
        requireRefused(temp.path(), QStringLiteral("read-only"));
        QFile::setPermissions(temp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return;
    }
    // Root writes through permission bits; the immutable attribute stops root too.
    ImmutableFile immutable(temp.path());
    if (!immutable.ok()) {
        WARN("Running as root where the immutable attribute cannot be set (" << immutable.why().toStdString()
             << "): root may write to any file here, so no file is read-only and the refusal cannot be observed.");
        return;
    }
    REQUIRE_FALSE(QFileInfo(temp.path()).isWritable());
    requireRefused(temp.path(), QStringLiteral("read-only"));
}

TEST_CASE("A migration that fails is rolled back and leaves the file as it was", "[storage][workspace][migrations]")
{
    TemporaryWorkspace temp;
    temp.close();
    {
        // Make migration 1 fail at its last table: only that table is left and the format set
        // back to 0, so every earlier CREATE succeeds before the last one fails.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(temp.path());
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'monitoring_visit'")));
        QStringList tables;
        while (query.next())
            tables << query.value(0).toString();
        REQUIRE(tables.size() > 20);
        for (const QString &table : tables)
            REQUIRE(query.exec(QStringLiteral("DROP TABLE \"%1\"").arg(table)));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 0")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    const QByteArray before = fileHash(temp.path());
    const QDateTime modified = QFileInfo(temp.path()).lastModified();
    auto opened = Workspace::open(temp.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("Updating the workspace to format 1 failed")));
    CHECK(opened.error().contains(QStringLiteral("monitoring_visit")));
    CHECK(fileHash(temp.path()) == before);
    CHECK(QFileInfo(temp.path()).lastModified() == modified);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(temp.path());
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("monitoring_visit"));  // none of the new tables stayed
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

TEST_CASE("A workspace left in another journal mode is switched to WAL when opened", "[storage][workspace]")
{
    TemporaryWorkspace temp;
    temp.close();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(temp.path());
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(query.next());
        REQUIRE(query.value(0).toString() == QStringLiteral("delete"));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto opened = Workspace::open(temp.path());
    REQUIRE(opened.ok());
    CHECK(pragma(**opened, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
}

TEST_CASE("A read-only opening reads without changing the file, and refuses an older format", "[storage][workspace]")
{
    TemporaryWorkspace temp;
    REQUIRE(insertAgency(temp.workspace(), QStringLiteral("Dinas Kesehatan")));
    temp.close();
    const QByteArray before = fileHash(temp.path());
    {
        auto opened = Workspace::openReadOnly(temp.path());
        REQUIRE(opened.ok());
        CHECK(agencyCount(**opened) == 1);
        CHECK_FALSE(insertAgency(**opened, QStringLiteral("Bappeda")).ok());
    }
    CHECK(fileHash(temp.path()) == before);
    {
        ImmutableFile immutable(temp.path());
        if (immutable.ok()) {
            auto opened = Workspace::openReadOnly(temp.path());
            REQUIRE(opened.ok());
            CHECK(agencyCount(**opened) == 1);
        } else {
            WARN("The immutable attribute cannot be set here (" << immutable.why().toStdString() << "); reading a truly read-only file is not tried.");
        }
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(temp.path());
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 0"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto older = Workspace::openReadOnly(temp.path());
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().contains(QStringLiteral("older format")));
}

TEST_CASE("write() commits on success and rolls everything back on failure", "[storage][workspace]")
{
    TemporaryWorkspace temp;
    Workspace &workspace = temp.workspace();
    REQUIRE(workspace.write([&] { return insertAgency(workspace, QStringLiteral("A")); }));
    CHECK(agencyCount(workspace) == 1);

    Status failed = workspace.write([&]() -> Status {
        if (Status status = insertAgency(workspace, QStringLiteral("B")); !status)
            return status;
        return Error{QStringLiteral("stop")};
    });
    CHECK_FALSE(failed.ok());
    CHECK(failed.error() == QStringLiteral("stop"));
    CHECK(agencyCount(workspace) == 1);
    CHECK_FALSE(workspace.inTransaction());
}

TEST_CASE("A failing nested write() undoes only its own part", "[storage][workspace]")
{
    TemporaryWorkspace temp;
    Workspace &workspace = temp.workspace();
    REQUIRE(workspace.write([&]() -> Status {
        if (Status status = insertAgency(workspace, QStringLiteral("outer")); !status)
            return status;
        Status inner = workspace.write([&]() -> Status {
            insertAgency(workspace, QStringLiteral("inner"));
            return insertAgency(workspace, QStringLiteral("outer"));  // violates UNIQUE(name)
        });
        CHECK_FALSE(inner.ok());
        return {};
    }));
    CHECK(agencyCount(workspace) == 1);
}

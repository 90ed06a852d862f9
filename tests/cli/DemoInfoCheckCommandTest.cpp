#include <catch2/catch.hpp>

#include "CliRunner.h"
#include "ImmutableFile.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

TEST_CASE("tuntas-cli without a command or with an unknown one explains itself and fails", "[cli]")
{
    CliRun none = CliRun::run({});
    CHECK(none.exitCode != 0);
    CHECK(none.err.contains(QStringLiteral("Usage: tuntas-cli")));
    CliRun unknown = CliRun::run({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    CliRun help = CliRun::run({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *command : {"demo", "info", "check"})
        CHECK(help.out.contains(QLatin1String(command)));
}

TEST_CASE("Each command has --help and complains about missing arguments", "[cli]")
{
    for (const char *command : {"demo", "info", "check"}) {
        CliRun help = CliRun::run({QLatin1String(command), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("tuntas-cli ") + QLatin1String(command)));
        CHECK(help.out.contains(QStringLiteral("WORKSPACE")));
        CliRun missing = CliRun::run({QLatin1String(command)});
        CHECK(missing.exitCode != 0);
        CHECK(missing.err.contains(QStringLiteral("missing arguments")));
    }
}

TEST_CASE("demo creates a workspace that info describes and check passes", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tuntas"));
    CliRun demo = CliRun::run({QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("2024-09-16"), path});
    REQUIRE(demo.exitCode == 0);
    CHECK(QFile::exists(path));

    CliRun again = CliRun::run({QStringLiteral("demo"), path});
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    CliRun info = CliRun::run({QStringLiteral("info"), QStringLiteral("--json"), path});
    REQUIRE(info.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(json[QStringLiteral("cycles")].toInt() == 2);
    CHECK(json[QStringLiteral("cases")].toInt() == 19);
    int subjects = 0;
    for (const QJsonValue &count : json[QStringLiteral("subjects")].toObject())
        subjects += count.toInt();
    CHECK(subjects == 300);
    CHECK(json[QStringLiteral("subjects")].toObject()[QStringLiteral("BADUTA")].toInt() == 80);
    const QJsonArray cycles = json[QStringLiteral("cycleDetails")].toArray();
    REQUIRE(cycles.size() == 2);
    const QJsonArray currentStages = cycles[0].toObject()[QStringLiteral("stages")].toArray();
    REQUIRE(currentStages.size() == 5);
    CHECK(currentStages[0].toObject()[QStringLiteral("done")].toBool());
    CHECK_FALSE(currentStages[1].toObject()[QStringLiteral("done")].toBool());
    CHECK(currentStages[1].toObject()[QStringLiteral("missing")].toArray()[0].toString() == QStringLiteral("BUFAS: 1 of 2 cases selected"));
    for (const QJsonValue &stage : cycles[1].toObject()[QStringLiteral("stages")].toArray())
        CHECK(stage.toObject()[QStringLiteral("done")].toBool());

    CliRun text = CliRun::run({QStringLiteral("info"), path});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Audit cases: 19")));

    CliRun indonesian = CliRun::run({QStringLiteral("info"), path}, "id");
    CHECK(indonesian.exitCode == 0);
    CHECK(indonesian.out.contains(QStringLiteral("Kasus audit: 19")));

    CliRun check = CliRun::run({QStringLiteral("check"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
}

TEST_CASE("check fails on broken foreign keys and on files that are not workspaces", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.tuntas"));
    REQUIRE(Workspace::create(path).ok());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO measurement (uuid, subject_id, measured_on, created_at, updated_at) "
                                          "VALUES ('u1', 4242, '2024-01-01', '', '')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    CliRun broken = CliRun::run({QStringLiteral("check"), path});
    CHECK(broken.exitCode != 0);
    CHECK(broken.err.contains(QStringLiteral("measurement")));

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    file.open(QIODevice::WriteOnly);
    file.write("bukan workspace");
    file.close();
    for (const char *command : {"check", "info"}) {
        CliRun refused = CliRun::run({QLatin1String(command), text});
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains(QStringLiteral("is not a Tuntas workspace")));
        CHECK(refused.out.isEmpty());
    }
}

TEST_CASE("info reads a read-only workspace and leaves the file as it was, check still needs write access", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tuntas"));
    REQUIRE(CliRun::run({QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("2024-09-16"), path}).exitCode == 0);
    {
        // A journal mode other than WAL would be changed by a read-write opening.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto hash = [&path]() {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = hash();
    CliRun info = CliRun::run({QStringLiteral("info"), path});
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("Audit cases: 19")));
    CHECK(hash() == before);

    ImmutableFile immutable(path);
    if (!immutable.ok()) {
        WARN("The immutable attribute cannot be set here (" << immutable.why().toStdString() << "); a truly read-only file is not tried.");
        return;
    }
    CliRun readOnly = CliRun::run({QStringLiteral("info"), QStringLiteral("--json"), path});
    CHECK(readOnly.exitCode == 0);
    CHECK(QJsonDocument::fromJson(readOnly.out.toUtf8()).object()[QStringLiteral("cases")].toInt() == 19);
    CliRun check = CliRun::run({QStringLiteral("check"), path});
    CHECK(check.exitCode != 0);
    CHECK(check.err.contains(QStringLiteral("read-only")));
}

#include <catch2/catch.hpp>

#include "EarlierFormatWorkspace.h"
#include "storage/Migrations.h"
#include "storage/SubjectRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
int pragma(Workspace &workspace, const char *name)
{
    QSqlQuery query(workspace.database());
    REQUIRE(query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))));
    REQUIRE(query.next());
    return query.value(0).toInt();
}
}

TEST_CASE("A workspace of format 1 gets the subject's source columns and keeps its field sources", "[storage][workspace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("format1.tuntas"));
    const QString now = QStringLiteral("'2024-01-02T03:04:05Z'");
    writeEarlierFormatWorkspace(path, 1,
                                {QStringLiteral("INSERT INTO subject (id, uuid, target_group, name, created_at, updated_at) "
                                                "VALUES (1, 's1', 'BUMIL', 'Siti Aminah', %1, %1)").arg(now),
                                 QStringLiteral("INSERT INTO subject_field_source (uuid, subject_id, field, source, verified, created_at, updated_at) "
                                                "VALUES ('f1', 1, 'name', 'elsimil', 1, %1, %1)").arg(now)});
    const qint64 id = 1;
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    Workspace &w = **opened;
    CHECK(w.schemaVersion() == Migrations::latestVersion());
    CHECK(pragma(w, "user_version") >= 2);
    auto sources = SubjectRepository(w).fieldSources(id);
    REQUIRE(sources.ok());
    REQUIRE(sources->size() == 1);
    CHECK(sources->first().field == QStringLiteral("name"));
    CHECK(sources->first().source == DataSource::Elsimil);
    CHECK(sources->first().verified);
    QSqlQuery columns(w.database());
    REQUIRE(columns.exec(QStringLiteral("SELECT source IS NULL, source_fields FROM subject WHERE id = %1").arg(id)));
    REQUIRE(columns.next());
    CHECK(columns.value(0).toBool());
    CHECK(columns.value(1).toString().isEmpty());
    CHECK(w.integrityProblems().isEmpty());
}

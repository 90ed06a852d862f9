#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "storage/Migrations.h"
#include "storage/SubjectRepository.h"

#include <QSqlQuery>

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
    TemporaryWorkspace temp;
    qint64 id = 0;
    {
        Workspace &w = temp.workspace();
        Subject s;
        s.name = QStringLiteral("Siti Aminah");
        REQUIRE(SubjectRepository(w).save(s));
        id = s.id;
        FieldSource name{{}, id, QStringLiteral("name"), DataSource::Elsimil, true};
        REQUIRE(SubjectRepository(w).save(name));
        // Back to format 1, as a workspace made before migration 002.
        QSqlQuery q(w.database());
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE subject DROP COLUMN source_fields")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE subject DROP COLUMN source")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        temp.close();
    }
    auto opened = Workspace::open(temp.path());
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

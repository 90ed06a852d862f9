#include <catch2/catch.hpp>

#include "storage/SqlScript.h"

TEST_CASE("SqlScript splits statements, ignoring semicolons in quotes, comments and triggers", "[storage]")
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x TEXT DEFAULT 'one;two');\n"
        "INSERT INTO a VALUES ('it''s; fine'); -- trailing comment\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "  INSERT INTO a VALUES ('x');\n"
        "  DELETE FROM a WHERE x = 'y';\n"
        "END;\n"
        "SELECT 1");
    const QStringList statements = SqlScript::statements(script);
    REQUIRE(statements.size() == 4);
    CHECK(statements[0] == QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'one;two')"));
    CHECK(statements[1] == QStringLiteral("INSERT INTO a VALUES ('it''s; fine')"));
    CHECK(statements[2].startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements[2].endsWith(QStringLiteral("END")));
    CHECK(statements[3] == QStringLiteral("SELECT 1"));
}

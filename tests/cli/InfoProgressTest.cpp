#include <catch2/catch.hpp>

#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
QStringList missingOf(const QJsonObject &stage)
{
    QStringList lines;
    for (const QJsonValue &line : stage[QStringLiteral("missing")].toArray())
        lines.append(line.toString());
    return lines;
}
}

TEST_CASE("info reports each cycle's five stages as CycleProgress words them, and the overdue RTL items", "[cli][info]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tuntas"));
    REQUIRE(CliRun::run({QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("2024-09-16"), path}).exitCode == 0);

    CliRun info = CliRun::run({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2024-09-16"), path});
    REQUIRE(info.exitCode == 0);
    const QJsonArray cycles = QJsonDocument::fromJson(info.out.toUtf8()).object()[QStringLiteral("cycleDetails")].toArray();
    REQUIRE(cycles.size() == 2);

    // Cycle 2 of 2024, under way: team formed, one BUFAS case short, four of nine reviews signed,
    // four of seven RTL items approved, no meeting, nothing evaluated.
    const QJsonObject current = cycles[0].toObject();
    CHECK(current[QStringLiteral("number")].toInt() == 2);
    const QJsonArray stages = current[QStringLiteral("stages")].toArray();
    REQUIRE(stages.size() == 5);
    QList<bool> done;
    QStringList codes;
    for (const QJsonValue &stage : stages) {
        done.append(stage.toObject()[QStringLiteral("done")].toBool());
        codes.append(stage.toObject()[QStringLiteral("stage")].toString());
    }
    CHECK(done == QList<bool>{true, false, false, false, false});
    CHECK(codes == QStringList{QStringLiteral("team_formation"), QStringLiteral("case_selection"), QStringLiteral("expert_review"),
                               QStringLiteral("dissemination"), QStringLiteral("follow_up_evaluation")});
    CHECK(missingOf(stages[0].toObject()).isEmpty());
    CHECK(missingOf(stages[1].toObject()) == QStringList{QStringLiteral("BUFAS: 1 of 2 cases selected")});
    CHECK(missingOf(stages[2].toObject()) == QStringList{QStringLiteral("5 cases without a signed expert review"),
                                                         QStringLiteral("3 RTL items not yet approved by the TPPS chair")});
    CHECK(missingOf(stages[3].toObject()) == QStringList{QStringLiteral("No dissemination meeting with attendance and minutes yet")});
    CHECK(missingOf(stages[4].toObject()) == QStringList{QStringLiteral("7 RTL items not yet evaluated"),
                                                         QStringLiteral("9 cases without a confirmed outcome")});
    // The four immediate items were due on 14 September and are not done.
    CHECK(current[QStringLiteral("overdueActionItems")].toInt() == 4);

    // Cycle 1, closed: every stage done; its partly done and not done items are past their dates.
    const QJsonObject finished = cycles[1].toObject();
    for (const QJsonValue &stage : finished[QStringLiteral("stages")].toArray()) {
        CHECK(stage.toObject()[QStringLiteral("done")].toBool());
        CHECK(missingOf(stage.toObject()).isEmpty());
    }
    CHECK(finished[QStringLiteral("overdueActionItems")].toInt() == 4);

    // Two days earlier nothing of cycle 2 was overdue yet.
    CliRun earlier = CliRun::run({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2024-09-14"), path});
    REQUIRE(earlier.exitCode == 0);
    CHECK(QJsonDocument::fromJson(earlier.out.toUtf8()).object()[QStringLiteral("cycleDetails")].toArray()[0].toObject()[QStringLiteral("overdueActionItems")].toInt() == 0);

    CliRun text = CliRun::run({QStringLiteral("info"), QStringLiteral("--today"), QStringLiteral("2024-09-16"), path});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Cycle 2 of 2024 (In progress): 9 cases, 4 overdue RTL items")));
    CHECK(text.out.contains(QStringLiteral("  1. Team formation: done\n")));
    CHECK(text.out.contains(QStringLiteral("  3. Expert review: not done\n     - 5 cases without a signed expert review\n"
                                           "     - 3 RTL items not yet approved by the TPPS chair\n")));
    CHECK(text.out.contains(QStringLiteral("  4. Dissemination: not done\n     - No dissemination meeting with attendance and minutes yet\n")));
    CHECK(text.out.contains(QStringLiteral("Cycle 1 of 2024 (Closed): 10 cases, 4 overdue RTL items")));
    CHECK(text.out.contains(QStringLiteral("  5. Follow-up evaluation: done\n")));
}

TEST_CASE("info refuses a --today that is not a date", "[cli][info]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tuntas"));
    REQUIRE(CliRun::run({QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("2024-09-16"), path}).exitCode == 0);
    CliRun bad = CliRun::run({QStringLiteral("info"), QStringLiteral("--today"), QStringLiteral("16/09/2024"), path});
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(QStringLiteral("'16/09/2024' is not a date")));
    CHECK(bad.out.isEmpty());
}

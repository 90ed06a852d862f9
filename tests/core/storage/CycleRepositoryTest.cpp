#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"

TEST_CASE("Cycles, decree and team members round-trip", "[storage][cycles]")
{
    TemporaryWorkspace temp;
    CycleRepository cycles(temp.workspace());
    PeopleRepository people(temp.workspace());

    Cycle older{{}, 2023, 2, QDate(2023, 7, 1), QDate(2023, 12, 31), CycleStatus::Closed};
    Cycle newer{{}, 2024, 1, QDate(2024, 1, 1), QDate(2024, 6, 30), CycleStatus::InProgress};
    REQUIRE(cycles.save(older));
    REQUIRE(cycles.save(newer));
    auto all = cycles.all();
    REQUIRE(all->size() == 2);
    CHECK(all->first().year == 2024);
    CHECK(all->first().periodEnd == QDate(2024, 6, 30));
    CHECK(all->first().status == CycleStatus::InProgress);
    CHECK(cycles.current()->value().id == newer.id);

    Cycle duplicate{{}, 2024, 1, {}, {}, CycleStatus::Planned};
    CHECK_FALSE(cycles.save(duplicate).ok());
    Cycle badNumber{{}, 2024, 3, {}, {}, CycleStatus::Planned};
    CHECK_FALSE(cycles.save(badNumber).ok());

    CHECK_FALSE(cycles.decree(newer.id)->has_value());
    Decree decree;
    decree.cycleId = newer.id;
    decree.number = QStringLiteral("188.45/1/TPPS/V/2024");
    decree.date = QDate(2024, 1, 10);
    decree.signerTitle = QStringLiteral("Wakil Bupati");
    decree.signerName = QStringLiteral("H. Dadang Permana, S.H.");
    decree.subject = QStringLiteral("Tim Audit Kasus Stunting");
    REQUIRE(cycles.save(decree));
    auto readDecree = cycles.decree(newer.id);
    REQUIRE(readDecree->has_value());
    CHECK(readDecree->value().number == decree.number);
    CHECK(readDecree->value().date == decree.date);
    CHECK(readDecree->value().signerName == decree.signerName);

    Person expert;
    expert.frontTitle = QStringLiteral("dr.");
    expert.name = QStringLiteral("Siti Aminah");
    expert.backTitle = QStringLiteral("Sp.A");
    REQUIRE(people.save(expert));
    CHECK(expert.fullName() == QStringLiteral("dr. Siti Aminah, Sp.A"));
    TeamMember member{{}, newer.id, expert.id, TeamRole::Expert, 0, 0};
    REQUIRE(cycles.save(member));
    TeamMember twice{{}, newer.id, expert.id, TeamRole::Expert, 0, 0};
    CHECK_FALSE(cycles.save(twice).ok());
    auto members = cycles.members(newer.id);
    REQUIRE(members->size() == 1);
    CHECK(members->first().role == TeamRole::Expert);
    CHECK(members->first().personId == expert.id);
    CHECK(cycles.members(older.id)->isEmpty());
    REQUIRE(cycles.removeMember(member.id));
    CHECK(cycles.members(newer.id)->isEmpty());
}

TEST_CASE("The current cycle is the newest open one, else the newest", "[storage][cycles]")
{
    TemporaryWorkspace temp;
    CycleRepository cycles(temp.workspace());
    CHECK_FALSE(cycles.current()->has_value());
    Cycle open{{}, 2023, 2, {}, {}, CycleStatus::InProgress};
    Cycle closed{{}, 2024, 1, {}, {}, CycleStatus::Closed};
    REQUIRE(cycles.save(open));
    REQUIRE(cycles.save(closed));
    CHECK(cycles.current()->value().id == open.id);
    open.status = CycleStatus::Closed;
    REQUIRE(cycles.save(open));
    CHECK(cycles.current()->value().id == closed.id);
}

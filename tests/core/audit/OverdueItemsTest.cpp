#include <catch2/catch.hpp>

#include "RtlFixture.h"
#include "audit/OverdueItems.h"
#include "audit/RtlCarryOver.h"

TEST_CASE("An RTL item is overdue from the day after its due date until it is done", "[audit][rtl]")
{
    ActionItem item;
    item.dueDate = QDate(2024, 3, 31);
    item.status = ActionStatus::InProgress;
    CHECK_FALSE(item.isOverdue(QDate(2024, 3, 30)));
    CHECK_FALSE(item.isOverdue(QDate(2024, 3, 31)));  // due today
    CHECK(item.isOverdue(QDate(2024, 4, 1)));          // due yesterday
    CHECK(OverdueItems::daysOverdue(item, QDate(2024, 4, 1)) == 1);
    CHECK(OverdueItems::daysOverdue(item, QDate(2024, 3, 31)) == 0);
    CHECK(OverdueItems::daysOverdue(item, QDate(2024, 5, 1)) == 31);

    for (ActionStatus status : {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::PartlyDone, ActionStatus::NotDone}) {
        item.status = status;
        CHECK(item.isOverdue(QDate(2024, 4, 1)));
    }
    item.status = ActionStatus::Done;
    CHECK_FALSE(item.isOverdue(QDate(2024, 4, 1)));
    CHECK(OverdueItems::daysOverdue(item, QDate(2024, 5, 1)) == 0);

    item.status = ActionStatus::Planned;
    item.dueDate = QDate();
    CHECK_FALSE(item.isOverdue(QDate(2030, 1, 1)));  // no due date: never overdue
}

TEST_CASE("The overdue list has the items of open cycles with their case code and agency, longest overdue first", "[audit][rtl]")
{
    RtlFixture f;
    ActionItem late = f.addItem(QStringLiteral("PMT lokal"), ActionStatus::PartlyDone, f.auditCase.id);
    ActionItem later = f.addItem(QStringLiteral("Jamban sehat"), ActionStatus::Planned);
    later.dueDate = QDate(2024, 4, 15);
    REQUIRE(ActionItemRepository(f.w).save(later));
    f.addItem(QStringLiteral("Kelas ibu"), ActionStatus::Done);
    ActionItem undated = f.addItem(QStringLiteral("Tanpa tanggal"), ActionStatus::Planned);
    undated.startDate = undated.dueDate = QDate();
    REQUIRE(ActionItemRepository(f.w).save(undated));

    auto overdue = OverdueItems(f.w).inOpenCycles(QDate(2024, 4, 16));
    REQUIRE(overdue.ok());
    REQUIRE(overdue->size() == 2);
    CHECK(overdue->at(0).item.id == late.id);
    CHECK(overdue->at(0).caseCode == QStringLiteral("AKS-2024-1-BADUTA-01"));
    CHECK(overdue->at(0).agency == QStringLiteral("Dinkes"));
    CHECK(overdue->at(0).cycleLabel == QStringLiteral("2024-1"));
    CHECK(overdue->at(1).item.id == later.id);
    CHECK(overdue->at(1).caseCode.isEmpty());

    // The day the second falls due it is not overdue yet.
    auto onDueDay = OverdueItems(f.w).inOpenCycles(QDate(2024, 4, 15));
    REQUIRE(onDueDay.ok());
    CHECK(onDueDay->size() == 1);

    SECTION("A closed cycle's items are not listed")
    {
        f.first.status = CycleStatus::Closed;
        REQUIRE(CycleRepository(f.w).save(f.first));
        auto none = OverdueItems(f.w).inOpenCycles(QDate(2024, 4, 16));
        REQUIRE(none.ok());
        CHECK(none->isEmpty());
    }
    SECTION("An item carried into the next cycle is followed there, not listed as overdue in the old one")
    {
        REQUIRE(RtlCarryOver(f.w).carry({late.id}, f.second.id).ok());
        auto rest = OverdueItems(f.w).inOpenCycles(QDate(2024, 4, 16));
        REQUIRE(rest.ok());
        REQUIRE(rest->size() == 1);
        CHECK(rest->at(0).item.id == later.id);
    }
}

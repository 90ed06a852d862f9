#include <catch2/catch.hpp>

#include "RtlFixture.h"
#include "audit/RtlCarryOver.h"
#include "storage/RtlRepository.h"

TEST_CASE("Unfinished RTL items are carried into the next cycle as new planned items linked to the old ones", "[audit][rtl]")
{
    RtlFixture f;
    const ActionItem caseItem = f.addItem(QStringLiteral("PMT lokal"), ActionStatus::PartlyDone, f.auditCase.id);
    const ActionItem general = f.addItem(QStringLiteral("Jamban sehat"), ActionStatus::NotDone);
    f.addItem(QStringLiteral("Kelas ibu"), ActionStatus::Done);
    RtlCarryOver carryOver(f.w);

    auto next = carryOver.nextCycle(f.first.id);
    REQUIRE(next.ok());
    REQUIRE(next->has_value());
    CHECK(next->value().id == f.second.id);
    auto none = carryOver.nextCycle(f.second.id);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    auto pending = carryOver.pending(f.first.id, f.second.id);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 2);

    QList<qint64> ids;
    for (const ActionItem &item : *pending)
        ids.append(item.id);
    auto copies = carryOver.carry(ids, f.second.id);
    REQUIRE(copies.ok());
    REQUIRE(copies->size() == 2);

    auto rows = RtlRepository(f.w).items(f.second.id);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    for (const RtlItemRow &row : *rows) {
        CHECK(row.item.cycleId == f.second.id);
        CHECK(row.item.status == ActionStatus::Planned);
        CHECK_FALSE(row.item.isApproved());
        CHECK(row.item.approvedBy.isEmpty());
        CHECK_FALSE(row.item.startDate.isValid());
        CHECK_FALSE(row.item.dueDate.isValid());
        CHECK(row.item.agencyId == f.agencyId);
        if (row.item.carriedFromId == caseItem.id) {
            CHECK(row.item.caseId == f.auditCase.id);  // the case of the old cycle
            CHECK(row.caseCode == QStringLiteral("AKS-2024-1-BADUTA-01"));
            CHECK(row.item.activity == QStringLiteral("PMT lokal"));
        } else {
            CHECK(row.item.carriedFromId == general.id);
            CHECK(row.caseCode.isEmpty());
        }
    }

    // The originals are left as they were, and now count as carried forward.
    auto original = ActionItemRepository(f.w).find(caseItem.id);
    REQUIRE(original.ok());
    CHECK(original->status == ActionStatus::PartlyDone);
    CHECK(original->cycleId == f.first.id);
    CHECK(original->dueDate == QDate(2024, 3, 31));
    CHECK(original->approvedBy == QStringLiteral("Ketua TPPS"));
    auto oldRows = RtlRepository(f.w).items(f.first.id);
    REQUIRE(oldRows.ok());
    int carriedForward = 0;
    for (const RtlItemRow &row : *oldRows)
        carriedForward += row.carriedForward ? 1 : 0;
    CHECK(carriedForward == 2);

    // Nothing is left to carry, and carrying one again is refused.
    auto after = carryOver.pending(f.first.id, f.second.id);
    REQUIRE(after.ok());
    CHECK(after->isEmpty());
    auto twice = carryOver.carry({general.id}, f.second.id);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().contains(QStringLiteral("already carried")));
    CHECK(f.itemCount(f.second.id) == 2);
}

TEST_CASE("Carrying RTL items is refused into the same or an earlier cycle, and for done items", "[audit][rtl]")
{
    RtlFixture f;
    const ActionItem open = f.addItem(QStringLiteral("PMT lokal"), ActionStatus::InProgress, 0, f.second.id);
    const ActionItem done = f.addItem(QStringLiteral("Kelas ibu"), ActionStatus::Done);
    RtlCarryOver carryOver(f.w);

    auto earlier = carryOver.carry({open.id}, f.first.id);
    REQUIRE_FALSE(earlier.ok());
    CHECK(earlier.error().contains(QStringLiteral("later cycle")));
    auto same = carryOver.carry({open.id}, f.second.id);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().contains(QStringLiteral("later cycle")));
    auto finished = carryOver.carry({done.id}, f.second.id);
    REQUIRE_FALSE(finished.ok());
    CHECK(finished.error().contains(QStringLiteral("is done")));
    CHECK(f.itemCount(f.first.id) == 1);
    CHECK(f.itemCount(f.second.id) == 1);
}

TEST_CASE("Carrying RTL items is all or nothing", "[audit][rtl]")
{
    RtlFixture f;
    const ActionItem a = f.addItem(QStringLiteral("PMT lokal"), ActionStatus::Planned);
    const ActionItem b = f.addItem(QStringLiteral("Jamban sehat"), ActionStatus::NotDone);
    RtlCarryOver carryOver(f.w);

    SECTION("The same item twice in one request: the second is refused and the first undone")
    {
        auto result = carryOver.carry({a.id, b.id, a.id}, f.second.id);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().contains(QStringLiteral("already carried")));
    }
    SECTION("An item that no longer exists, after two that could be carried")
    {
        auto result = carryOver.carry({a.id, b.id, 999999}, f.second.id);
        REQUIRE_FALSE(result.ok());
    }
    CHECK(f.itemCount(f.second.id) == 0);
    auto pending = carryOver.pending(f.first.id, f.second.id);
    REQUIRE(pending.ok());
    CHECK(pending->size() == 2);
}

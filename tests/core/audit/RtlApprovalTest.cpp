#include <catch2/catch.hpp>

#include "RtlFixture.h"
#include "audit/RtlApproval.h"

namespace {
const QDate Today(2024, 3, 1);

void addMember(RtlFixture &f, TeamRole role, const QString &name)
{
    Person person;
    person.name = name;
    REQUIRE(PeopleRepository(f.w).save(person));
    TeamMember member{{}, f.first.id, person.id, role, 0, 0};
    REQUIRE(CycleRepository(f.w).save(member));
}
}

TEST_CASE("RTL items are approved together with the date and the TPPS chair's name", "[audit][rtl]")
{
    RtlFixture f;
    ActionItem a = f.addItem(QStringLiteral("PMT lokal"), ActionStatus::Planned);
    ActionItem b = f.addItem(QStringLiteral("Jamban sehat"), ActionStatus::Planned);
    ActionItem untouched = f.addItem(QStringLiteral("Kelas ibu"), ActionStatus::Planned);
    for (ActionItem *item : {&a, &b, &untouched}) {
        item->approvedOn = QDate();
        item->approvedBy.clear();
        REQUIRE(ActionItemRepository(f.w).save(*item));
    }
    RtlApproval approval(f.w);
    REQUIRE(approval.approve({a.id, b.id}, QDate(2024, 2, 5), QStringLiteral("  H. Wakil Bupati  "), Today));
    for (qint64 id : {a.id, b.id}) {
        auto item = ActionItemRepository(f.w).find(id);
        REQUIRE(item.ok());
        CHECK(item->approvedOn == QDate(2024, 2, 5));
        CHECK(item->approvedBy == QStringLiteral("H. Wakil Bupati"));
    }
    auto other = ActionItemRepository(f.w).find(untouched.id);
    REQUIRE(other.ok());
    CHECK_FALSE(other->isApproved());

    SECTION("Bad input is refused and changes nothing")
    {
        CHECK_FALSE(approval.approve({untouched.id}, QDate(), QStringLiteral("X"), Today));
        CHECK_FALSE(approval.approve({untouched.id}, QDate(2024, 2, 5), QStringLiteral("  "), Today));
        CHECK_FALSE(approval.approve({}, QDate(2024, 2, 5), QStringLiteral("X"), Today));
        CHECK_FALSE(approval.approve({untouched.id}, Today.addDays(1), QStringLiteral("X"), Today));
        // One unknown id undoes the whole approval.
        CHECK_FALSE(approval.approve({untouched.id, 999999}, QDate(2024, 2, 5), QStringLiteral("X"), Today));
        auto still = ActionItemRepository(f.w).find(untouched.id);
        REQUIRE(still.ok());
        CHECK_FALSE(still->isApproved());
    }
}

TEST_CASE("The approver proposed is the team's steering member, else its chair", "[audit][rtl]")
{
    RtlFixture f;
    RtlApproval approval(f.w);
    auto nobody = approval.defaultApprover(f.first.id);
    REQUIRE(nobody.ok());
    CHECK(nobody->isEmpty());
    addMember(f, TeamRole::Technical, QStringLiteral("Teknis"));
    addMember(f, TeamRole::Chair, QStringLiteral("Ketua Tim"));
    CHECK(*approval.defaultApprover(f.first.id) == QStringLiteral("Ketua Tim"));
    addMember(f, TeamRole::Steering, QStringLiteral("Wakil Bupati"));
    CHECK(*approval.defaultApprover(f.first.id) == QStringLiteral("Wakil Bupati"));
}

#include <catch2/catch.hpp>

#include "Language.h"
#include "TemporaryWorkspace.h"
#include "audit/ActionItemCheck.h"
#include "domain/Agency.h"
#include "domain/Cycle.h"
#include "storage/ActionItemRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"

namespace {
const QDate Today(2024, 9, 16);

ActionItem validItem()
{
    ActionItem item;
    item.activity = QStringLiteral("Pemberian makanan tambahan 90 hari");
    item.agencyId = 1;
    item.startDate = QDate(2024, 8, 1);
    item.dueDate = QDate(2024, 10, 31);
    return item;
}
}

TEST_CASE("A complete RTL item has no problems", "[audit][rtl]")
{
    Language::apply(QStringLiteral("en"));
    CHECK(ActionItemCheck::problems(validItem(), {}, Today, false).isEmpty());
}

TEST_CASE("An RTL item needs an activity and an agency, and a due date not before its start", "[audit][rtl]")
{
    Language::apply(QStringLiteral("en"));
    ActionItem item = validItem();
    item.activity = QStringLiteral("  ");
    item.agencyId = 0;
    item.dueDate = QDate(2024, 7, 31);
    const QStringList problems = ActionItemCheck::problems(item, {}, Today, false);
    REQUIRE(problems.size() == 3);
    CHECK(problems.join(QLatin1Char(' ')).contains(QStringLiteral("activity")));
    CHECK(problems.join(QLatin1Char(' ')).contains(QStringLiteral("OPD")));
    CHECK(problems.join(QLatin1Char(' ')).contains(QStringLiteral("due date is before")));

    item = validItem();
    item.dueDate = item.startDate;  // one day's work is fine
    CHECK(ActionItemCheck::problems(item, {}, Today, false).isEmpty());
}

TEST_CASE("A final status needs an evaluation date that is neither in the future nor before the start", "[audit][rtl]")
{
    Language::apply(QStringLiteral("en"));
    for (ActionStatus status : {ActionStatus::Done, ActionStatus::PartlyDone, ActionStatus::NotDone}) {
        ActionItem item = validItem();
        item.status = status;
        CHECK(ActionItemCheck::problems(item, {}, Today, false).size() == 1);
        CHECK(ActionItemCheck::problems(item, Today, Today, false).isEmpty());
        CHECK(ActionItemCheck::problems(item, Today.addDays(1), Today, false).size() == 1);
        CHECK(ActionItemCheck::problems(item, item.startDate.addDays(-1), Today, false).size() == 1);
    }
    for (ActionStatus status : {ActionStatus::Planned, ActionStatus::InProgress}) {
        ActionItem item = validItem();
        item.status = status;
        CHECK(ActionItemCheck::problems(item, {}, Today, false).isEmpty());
    }
}

TEST_CASE("An evaluated item cannot go back to planned or in progress", "[audit][rtl]")
{
    Language::apply(QStringLiteral("en"));
    ActionItem item = validItem();
    item.status = ActionStatus::InProgress;
    CHECK(ActionItemCheck::problems(item, {}, Today, false).isEmpty());
    const QStringList problems = ActionItemCheck::problems(item, {}, Today, true);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("has been evaluated")));
    item.status = ActionStatus::PartlyDone;
    CHECK(ActionItemCheck::problems(item, Today, Today, true).isEmpty());
}

TEST_CASE("An approval needs both its date and the chair's name", "[audit][rtl]")
{
    Language::apply(QStringLiteral("en"));
    ActionItem item = validItem();
    item.approvedOn = Today;
    CHECK(ActionItemCheck::problems(item, {}, Today, false).size() == 1);
    item.approvedBy = QStringLiteral("H. Ahmad Fauzi, S.E.");
    CHECK(ActionItemCheck::problems(item, {}, Today, false).isEmpty());
    item.approvedOn = Today.addDays(1);
    CHECK(ActionItemCheck::problems(item, {}, Today, false).size() == 1);
    item.approvedOn = QDate();
    CHECK(ActionItemCheck::problems(item, {}, Today, false).size() == 1);
}

TEST_CASE("Saving a finished item records its evaluation date and status with it", "[audit][rtl][storage]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Cycle cycle{{}, 2024, 2, QDate(2024, 7, 1), QDate(2024, 12, 31), CycleStatus::InProgress};
    REQUIRE(CycleRepository(w).save(cycle));
    Agency agency{{}, QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes")};
    REQUIRE(PeopleRepository(w).save(agency));
    ActionItemRepository items(w);

    ActionItem item = validItem();
    item.cycleId = cycle.id;
    item.agencyId = agency.id;
    REQUIRE(items.saveWithEvaluationDate(item, {}));
    REQUIRE(item.isStored());
    CHECK(items.evaluations(item.id)->isEmpty());

    item.status = ActionStatus::PartlyDone;
    REQUIRE(items.saveWithEvaluationDate(item, QDate(2024, 9, 1)));
    REQUIRE(items.evaluations(item.id)->size() == 1);
    item.status = ActionStatus::Done;
    REQUIRE(items.saveWithEvaluationDate(item, QDate(2024, 9, 10)));
    const auto evaluations = *items.evaluations(item.id);
    REQUIRE(evaluations.size() == 1);
    CHECK(evaluations.first().evaluatedOn == QDate(2024, 9, 10));
    CHECK(evaluations.first().finalStatus == ActionStatus::Done);
    CHECK(items.find(item.id)->status == ActionStatus::Done);
}

TEST_CASE("A failing evaluation leaves the item as it was", "[audit][rtl][storage]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Cycle cycle{{}, 2024, 2, QDate(2024, 7, 1), QDate(2024, 12, 31), CycleStatus::InProgress};
    REQUIRE(CycleRepository(w).save(cycle));
    ActionItemRepository items(w);
    ActionItem item = validItem();
    item.cycleId = cycle.id;
    item.agencyId = 0;
    REQUIRE(items.save(item));
    const ActionItem before = *items.find(item.id);

    ActionItem changed = before;
    changed.activity = QStringLiteral("Changed");
    changed.status = ActionStatus::Done;
    // evaluated_on is NOT NULL: an invalid date makes the evaluation insert fail.
    CHECK_FALSE(items.saveWithEvaluationDate(changed, QDate()));
    CHECK(*items.find(item.id) == before);
    CHECK(items.evaluations(item.id)->isEmpty());
    CHECK(changed.activity == QStringLiteral("Changed"));
}

#include <catch2/catch.hpp>

#include "Language.h"
#include "TemporaryWorkspace.h"
#include "audit/ItemEvaluationRecorder.h"
#include "storage/ActionItemRepository.h"
#include "storage/CycleRepository.h"

namespace {
struct ItemFixture {
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Cycle cycle{{}, 2024, 1, QDate(2024, 1, 1), QDate(2024, 6, 30), CycleStatus::InProgress};
    ActionItem item;

    ItemFixture()
    {
        Language::apply(QStringLiteral("en"));
        REQUIRE(CycleRepository(w).save(cycle));
        item.cycleId = cycle.id;
        item.activity = QStringLiteral("Sosialisasi jamban sehat");
        item.startDate = QDate(2024, 2, 15);
        item.status = ActionStatus::InProgress;
        REQUIRE(ActionItemRepository(w).save(item));
    }

    ItemEvaluation evaluation(const QDate &on, ActionStatus status)
    {
        ItemEvaluation e;
        e.actionItemId = item.id;
        e.evaluatedOn = on;
        e.finalStatus = status;
        e.whatWasDone = QStringLiteral("Sosialisasi di 12 desa");
        return e;
    }
};
}

TEST_CASE("Evaluating an RTL item stores the evaluation and sets the item's status, and a second save updates it", "[audit][rtl]")
{
    ItemFixture f;
    QList<ItemEvaluation> evaluations{f.evaluation(QDate(2024, 5, 1), ActionStatus::PartlyDone)};
    ItemEvaluationRecorder recorder(f.w);
    REQUIRE(recorder.save(evaluations, QDate(2024, 6, 1)));
    CHECK(ActionItemRepository(f.w).find(f.item.id)->status == ActionStatus::PartlyDone);
    evaluations.first().finalStatus = ActionStatus::Done;
    REQUIRE(recorder.save(evaluations, QDate(2024, 6, 1)));
    CHECK(ActionItemRepository(f.w).find(f.item.id)->status == ActionStatus::Done);
    auto stored = ActionItemRepository(f.w).evaluations(f.item.id);
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().finalStatus == ActionStatus::Done);
    CHECK(stored->first().whatWasDone == QStringLiteral("Sosialisasi di 12 desa"));
}

TEST_CASE("An evaluation without a date, before the item's start, in the future or with a non-final status is refused", "[audit][rtl]")
{
    ItemFixture f;
    ItemEvaluationRecorder recorder(f.w);
    auto refused = [&](const ItemEvaluation &e, const QString &message) {
        QList<ItemEvaluation> evaluations{e};
        const Status status = recorder.save(evaluations, QDate(2024, 6, 1));
        INFO(status.error().toStdString());
        CHECK_FALSE(status);
        CHECK(status.error().contains(message));
        CHECK(ActionItemRepository(f.w).evaluations(f.item.id)->isEmpty());
        CHECK(ActionItemRepository(f.w).find(f.item.id)->status == ActionStatus::InProgress);
    };
    refused(f.evaluation(QDate(), ActionStatus::Done), QStringLiteral("general — Sosialisasi jamban sehat: An item marked \"Done\" needs the date it was evaluated"));
    refused(f.evaluation(QDate(2024, 2, 14), ActionStatus::NotDone), QStringLiteral("general — Sosialisasi jamban sehat: The evaluation date is before the start date"));
    refused(f.evaluation(QDate(2024, 6, 2), ActionStatus::Done), QStringLiteral("in the future"));
    refused(f.evaluation(QDate(2024, 5, 1), ActionStatus::Planned), QStringLiteral("the final status is done, partly done or not done"));
}

#include <catch2/catch.hpp>

#include "Language.h"
#include "TemporaryWorkspace.h"
#include "audit/CycleSummary.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SubjectRepository.h"

namespace {
struct SummaryFixture {
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Cycle cycle{{}, 2024, 1, QDate(2024, 1, 1), QDate(2024, 6, 30), CycleStatus::InProgress};
    QList<AuditCase> cases;
    QList<ActionItem> items;

    SummaryFixture()
    {
        Language::apply(QStringLiteral("en"));
        REQUIRE(CycleRepository(w).save(cycle));
        REQUIRE(SettingsRepository(w).setValue(QStringLiteral("selection.minimumPerGroup"), QStringLiteral("1")));
        for (TeamRole role : {TeamRole::Chair, TeamRole::Secretary, TeamRole::Technical, TeamRole::Expert}) {
            Person person;
            person.name = enumCode(role);
            REQUIRE(PeopleRepository(w).save(person));
            TeamMember member{{}, cycle.id, person.id, role, 0, 0};
            REQUIRE(CycleRepository(w).save(member));
        }
        const QList<std::pair<TargetGroup, QDate>> selected = {
            {TargetGroup::Catin, QDate(2024, 1, 20)}, {TargetGroup::Bumil, QDate(2024, 1, 22)}, {TargetGroup::Bufas, QDate(2024, 1, 25)},
            {TargetGroup::Baduta, QDate(2024, 1, 18)}, {TargetGroup::Balita, QDate(2024, 1, 21)}, {TargetGroup::Baduta, QDate(2024, 2, 10)}};
        const QList<std::optional<CaseOutcome>> outcomes = {CaseOutcome::Improved, CaseOutcome::Improved, CaseOutcome::Unchanged,
                                                            CaseOutcome::Worse,    CaseOutcome::Died,     std::nullopt};
        for (int i = 0; i < selected.size(); ++i) {
            Subject subject;
            subject.group = selected[i].first;
            subject.name = QStringLiteral("S%1").arg(i);
            REQUIRE(SubjectRepository(w).save(subject));
            AuditCase c;
            c.cycleId = cycle.id;
            c.subjectId = subject.id;
            c.auditNumber = i + 1;
            c.caseCode = QStringLiteral("AKS-2024-1-X-%1").arg(i + 1);
            c.selectedOn = selected[i].second;
            c.outcome = outcomes[i];
            c.outcomeConfirmedOn = outcomes[i] ? QDate(2024, 6, 20) : QDate();
            REQUIRE(CaseRepository(w).save(c));
            ExpertReview review;
            review.caseId = c.id;
            review.signedOn = QDate(2024, 3, 1).addDays(i);
            REQUIRE(CaseRepository(w).save(review));
            cases.append(c);
        }
        Agency health{{}, QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes")};
        Agency works{{}, QStringLiteral("Dinas PUPR"), QStringLiteral("PUPR")};
        REQUIRE(PeopleRepository(w).save(health));
        REQUIRE(PeopleRepository(w).save(works));
        const struct {
            qint64 agency;
            ActionTiming timing;
            ActionStatus status;
            QDate approved;
        } specs[] = {{health.id, ActionTiming::Immediate, ActionStatus::Done, QDate(2024, 3, 7)},
                     {health.id, ActionTiming::Planned, ActionStatus::PartlyDone, QDate(2024, 3, 8)},
                     {works.id, ActionTiming::Immediate, ActionStatus::Done, QDate(2024, 3, 7)},
                     {0, ActionTiming::Planned, ActionStatus::Planned, QDate(2024, 3, 7)}};
        for (const auto &spec : specs) {
            ActionItem item;
            item.cycleId = cycle.id;
            item.activity = QStringLiteral("Kegiatan");
            item.agencyId = spec.agency;
            item.timing = spec.timing;
            item.status = spec.status;
            item.approvedOn = spec.approved;
            REQUIRE(ActionItemRepository(w).save(item));
            items.append(item);
        }
        const QDate evaluated[] = {QDate(2024, 5, 1), QDate(2024, 5, 20), QDate(2024, 5, 10)};
        for (int i = 0; i < 3; ++i)
            evaluate(items[i], evaluated[i]);
    }

    void evaluate(const ActionItem &item, const QDate &on)
    {
        ItemEvaluation e{{}, item.id, on, QString(), QString(), QString(), QString(), item.status};
        REQUIRE(ActionItemRepository(w).save(e));
    }

    CycleSummary summary()
    {
        auto result = CycleSummary::of(w, cycle.id);
        REQUIRE(result.ok());
        return *result;
    }
};
}

TEST_CASE("The cycle summary counts items done by agency and by timing, and the cases' outcomes", "[audit][summary]")
{
    SummaryFixture f;
    const CycleSummary s = f.summary();
    REQUIRE(s.byAgency.size() == 3);
    CHECK(s.byAgency[0].label == QStringLiteral("Dinas Kesehatan"));
    CHECK(s.byAgency[0].done == 1);  // partly done is not done
    CHECK(s.byAgency[0].total == 2);
    CHECK(s.byAgency[0].partlyDone == 1);
    CHECK(s.byAgency[0].notDone == 0);
    CHECK(s.byAgency[0].notEvaluated() == 0);
    CHECK(s.byAgency[1].label == QStringLiteral("Dinas PUPR"));
    CHECK(s.byAgency[1].done == 1);
    CHECK(s.byAgency[1].total == 1);
    CHECK(s.byAgency[2].label == QStringLiteral("No agency"));
    CHECK(s.byAgency[2].done == 0);
    CHECK(s.byAgency[2].total == 1);
    CHECK(s.byAgency[2].notEvaluated() == 1);  // still planned
    REQUIRE(s.byTiming.size() == 2);
    CHECK(s.byTiming[0].label == QStringLiteral("Immediate (segera)"));
    CHECK(s.byTiming[0].done == 2);
    CHECK(s.byTiming[0].total == 2);
    CHECK(s.byTiming[1].label == QStringLiteral("Planned (terencana)"));
    CHECK(s.byTiming[1].done == 0);
    CHECK(s.byTiming[1].total == 2);
    CHECK(s.improved == 2);
    CHECK(s.unchanged == 1);
    CHECK(s.worse == 1);
    CHECK(s.other == 1);
    CHECK(s.unconfirmed == 1);
}

TEST_CASE("Sipasti stages are reached in order, each on the date its last needed piece was there", "[audit][summary]")
{
    SummaryFixture f;
    CycleSummary s = f.summary();
    REQUIRE(s.stages.size() == 4);
    // No decree yet: stage 1 is missing it, and every later stage waits for it.
    CHECK_FALSE(s.stages[0].reached);
    CHECK(s.stages[0].missing.contains(QStringLiteral("No decree number yet")));
    CHECK_FALSE(s.stages[1].reached);
    CHECK(s.stages[1].missing == QStringList{QStringLiteral("Stage 1 is not reached yet")});
    CHECK_FALSE(s.stages[1].reachedOn.isValid());

    Decree decree;
    decree.cycleId = f.cycle.id;
    decree.number = QStringLiteral("188.45/1/TPPS/I/2024");
    decree.date = QDate(2024, 1, 10);
    REQUIRE(CycleRepository(f.w).save(decree));
    s = f.summary();
    CHECK(s.stages[0].reached);
    CHECK(s.stages[0].reachedOn == QDate(2024, 1, 10));
    CHECK(s.stages[1].reached);
    CHECK(s.stages[1].reachedOn == QDate(2024, 1, 25));  // the last group's first case; the extra BADUTA case is not needed
    CHECK(s.stages[2].reached);
    CHECK(s.stages[2].reachedOn == QDate(2024, 3, 8));  // the last approval, after the last sign-off on 6 March
    CHECK_FALSE(s.stages[3].reached);
    CHECK(s.stages[3].missing == QStringList{QStringLiteral("1 RTL item not yet evaluated")});

    f.evaluate(f.items[3], QDate(2024, 5, 25));
    s = f.summary();
    CHECK(s.stages[3].reached);
    CHECK(s.stages[3].reachedOn == QDate(2024, 5, 25));
    CHECK(s.stages[3].missing.isEmpty());
}

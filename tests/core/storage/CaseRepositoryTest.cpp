#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SubjectRepository.h"

namespace {
struct CaseFixture {
    TemporaryWorkspace temp;
    Cycle cycle{{}, 2024, 1, {}, {}, CycleStatus::InProgress};
    Subject subject;
    AuditCase auditCase;
    TeamMember expert;

    CaseFixture()
    {
        Workspace &w = temp.workspace();
        REQUIRE(CycleRepository(w).save(cycle));
        subject.name = QStringLiteral("Raka Hidayat");
        subject.group = TargetGroup::Baduta;
        REQUIRE(SubjectRepository(w).save(subject));
        auditCase.cycleId = cycle.id;
        auditCase.subjectId = subject.id;
        auditCase.auditNumber = 3;
        auditCase.caseCode = QStringLiteral("AKS-2024-1-BDT-01");
        auditCase.reasons = {SelectionReason::NotImproved, SelectionReason::HighBurdenArea};
        auditCase.selectionNote = QStringLiteral("BB tidak naik");
        auditCase.selectedOn = QDate(2024, 2, 1);
        REQUIRE(CaseRepository(w).save(auditCase));
        Person person;
        person.name = QStringLiteral("Aminah");
        REQUIRE(PeopleRepository(w).save(person));
        expert = TeamMember{{}, cycle.id, person.id, TeamRole::Expert, 0, 0};
        REQUIRE(CycleRepository(w).save(expert));
    }
};
}

TEST_CASE("An audit case round-trips and is found by its code", "[storage][cases]")
{
    CaseFixture f;
    CaseRepository cases(f.temp.workspace());
    auto byCode = cases.findByCode(QStringLiteral("AKS-2024-1-BDT-01"));
    REQUIRE(byCode.ok());
    CHECK(byCode->id == f.auditCase.id);
    CHECK(byCode->auditNumber == 3);
    CHECK(byCode->reasons == QList<SelectionReason>{SelectionReason::NotImproved, SelectionReason::HighBurdenArea});
    CHECK(byCode->selectionNote == QStringLiteral("BB tidak naik"));
    CHECK(byCode->selectedOn == QDate(2024, 2, 1));
    CHECK_FALSE(byCode->outcome.has_value());
    auto missing = cases.findByCode(QStringLiteral("AKS-2024-1-BDT-99"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("AKS-2024-1-BDT-99")));

    AuditCase sameSubject = f.auditCase;
    sameSubject.id = 0;
    sameSubject.uuid.clear();
    sameSubject.auditNumber = 4;
    sameSubject.caseCode = QStringLiteral("AKS-2024-1-BDT-02");
    CHECK_FALSE(cases.save(sameSubject).ok());  // one case per subject and cycle
}

TEST_CASE("An expert review is stored with its lists and replaced whole", "[storage][cases]")
{
    CaseFixture f;
    CaseRepository cases(f.temp.workspace());
    CHECK_FALSE(cases.review(f.auditCase.id)->has_value());

    ExpertReview review;
    review.caseId = f.auditCase.id;
    review.auditDate = QDate(2024, 3, 1);
    review.technicalView = QStringLiteral("Asupan kurang");
    review.expertConclusion = QStringLiteral("Stunting karena infeksi berulang");
    review.suspectedDisease = QStringLiteral("TB");
    review.referralTo = QStringLiteral("RSUD");
    review.signedOn = QDate(2024, 3, 2);
    review.reviewerMemberIds = {f.expert.id};
    review.causes = {{{}, QStringLiteral("infection_recurrent"), true, true, QStringLiteral("diare")},
                     {{}, QStringLiteral("water_sanitation"), false, false, QString()}};
    review.recommendations = {{{}, RecommendationKind::CaseHandling, QStringLiteral("PMT lokal 90 hari")}};
    REQUIRE(cases.save(review));

    auto read = cases.review(f.auditCase.id);
    REQUIRE(read->has_value());
    const ExpertReview &r = read->value();
    CHECK(r.isSigned());
    CHECK(r.expertConclusion == review.expertConclusion);
    CHECK(r.reviewerMemberIds == QList<qint64>{f.expert.id});
    REQUIRE(r.causes.size() == 2);
    CHECK(r.causes[1].cause == QStringLiteral("water_sanitation"));
    CHECK_FALSE(r.causes[1].isDirect);
    CHECK_FALSE(r.causes[1].byExperts);
    REQUIRE(r.recommendations.size() == 1);
    const qint64 recommendationId = r.recommendations[0].id;

    ExpertReview edited = r;
    edited.causes = {{{}, QStringLiteral("intake_inadequate"), true, true, QString()}};
    edited.recommendations[0].text = QStringLiteral("PMT lokal 120 hari");
    REQUIRE(cases.save(edited));
    auto again = cases.review(f.auditCase.id);
    CHECK(again->value().causes.size() == 1);
    CHECK(again->value().recommendations[0].id == recommendationId);
    CHECK(again->value().recommendations[0].text == QStringLiteral("PMT lokal 120 hari"));

    // A reviewer who is not a team member makes the whole save fail and changes nothing.
    ExpertReview broken = again->value();
    broken.reviewerMemberIds = {f.expert.id, 424242};
    broken.expertConclusion = QStringLiteral("changed");
    CHECK_FALSE(cases.save(broken).ok());
    auto unchanged = cases.review(f.auditCase.id);
    CHECK(unchanged->value().expertConclusion == review.expertConclusion);
    CHECK(unchanged->value().reviewerMemberIds == QList<qint64>{f.expert.id});
    CHECK(unchanged->value().causes.size() == 1);
}

TEST_CASE("A case with a review cannot be removed", "[storage][cases]")
{
    CaseFixture f;
    CaseRepository cases(f.temp.workspace());
    ExpertReview review;
    review.caseId = f.auditCase.id;
    REQUIRE(cases.save(review));
    CHECK_FALSE(cases.remove(f.auditCase.id).ok());
    CHECK(cases.find(f.auditCase.id).ok());
}

TEST_CASE("Monitoring visits round-trip, one per month", "[storage][cases]")
{
    CaseFixture f;
    CaseRepository cases(f.temp.workspace());
    MonitoringVisit second{{}, f.auditCase.id, 2, QDate(2024, 5, 1), 0, f.expert.id, QStringLiteral("naik 200 g")};
    MonitoringVisit first{{}, f.auditCase.id, 1, QDate(2024, 4, 1), 0, 0, QString()};
    REQUIRE(cases.save(second));
    REQUIRE(cases.save(first));
    auto visits = cases.visits(f.auditCase.id);
    REQUIRE(visits->size() == 2);
    CHECK(visits->at(0).monthIndex == 1);
    CHECK(visits->at(1).note == QStringLiteral("naik 200 g"));
    CHECK(visits->at(1).visitorMemberId == f.expert.id);
    MonitoringVisit fourth{{}, f.auditCase.id, 4, QDate(2024, 7, 1), 0, 0, QString()};
    CHECK_FALSE(cases.save(fourth).ok());
}

TEST_CASE("RTL items round-trip, order by due date and know when they are overdue", "[storage][rtl]")
{
    CaseFixture f;
    ActionItemRepository items(f.temp.workspace());
    ActionItem late;
    late.cycleId = f.cycle.id;
    late.caseId = f.auditCase.id;
    late.problem = QStringLiteral("BB tidak naik");
    late.recommendation = QStringLiteral("PMT");
    late.interventionType = InterventionType::Sensitive;
    late.timing = ActionTiming::Planned;
    late.activity = QStringLiteral("Jamban sehat");
    late.target = QStringLiteral("1 KK");
    late.partners = QStringLiteral("Desa");
    late.startDate = QDate(2024, 3, 1);
    late.dueDate = QDate(2024, 6, 1);
    late.budgetSource = QStringLiteral("Dana Desa");
    late.successIndicator = QStringLiteral("Jamban terpasang");
    late.status = ActionStatus::InProgress;
    late.approvedOn = QDate(2024, 2, 20);
    late.approvedBy = QStringLiteral("Ketua TPPS");
    REQUIRE(items.save(late));
    ActionItem general;
    general.cycleId = f.cycle.id;
    general.activity = QStringLiteral("Kelas ibu balita");
    general.startDate = QDate(2024, 3, 1);
    general.dueDate = QDate(2024, 4, 1);
    REQUIRE(items.save(general));

    auto list = items.forCycle(f.cycle.id);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == general.id);
    const ActionItem &r = list->at(1);
    CHECK(r.caseId == f.auditCase.id);
    CHECK(r.interventionType == InterventionType::Sensitive);
    CHECK(r.timing == ActionTiming::Planned);
    CHECK(r.budgetSource == QStringLiteral("Dana Desa"));
    CHECK(r.status == ActionStatus::InProgress);
    CHECK(r.isApproved());
    CHECK(r.isOverdue(QDate(2024, 6, 2)));
    CHECK_FALSE(r.isOverdue(QDate(2024, 6, 1)));
    CHECK(list->at(0).caseId == 0);
    CHECK(items.forCase(f.auditCase.id)->size() == 1);

    ActionItem backwards = general;
    backwards.id = 0;
    backwards.uuid.clear();
    backwards.dueDate = QDate(2024, 2, 1);  // before its start
    CHECK_FALSE(items.save(backwards).ok());

    ItemEvaluation evaluation{{}, late.id, QDate(2024, 6, 5), QStringLiteral("Selesai"), QStringLiteral("Foto"), QString(), QString(), ActionStatus::Done};
    REQUIRE(items.save(evaluation));
    auto evaluations = items.evaluations(late.id);
    REQUIRE(evaluations->size() == 1);
    CHECK(evaluations->first().finalStatus == ActionStatus::Done);
    CHECK(evaluations->first().evidence == QStringLiteral("Foto"));
}

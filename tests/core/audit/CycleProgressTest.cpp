#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include "TemporaryWorkspace.h"
#include "audit/CycleProgress.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SubjectRepository.h"

namespace {
struct ProgressFixture {
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Cycle cycle{{}, 2024, 1, QDate(2024, 1, 1), QDate(2024, 6, 30), CycleStatus::InProgress};

    ProgressFixture() { REQUIRE(CycleRepository(w).save(cycle)); }

    StageProgress stage(CycleStage which)
    {
        auto stages = CycleProgress(w).evaluate(cycle.id);
        REQUIRE(stages.ok());
        REQUIRE(stages->size() == 5);
        return stages->at(int(which));
    }

    void addMember(TeamRole role)
    {
        Person person;
        person.name = enumCode(role);
        REQUIRE(PeopleRepository(w).save(person));
        TeamMember member{{}, cycle.id, person.id, role, 0, 0};
        REQUIRE(CycleRepository(w).save(member));
    }

    AuditCase addCase(TargetGroup group, int number)
    {
        Subject subject;
        subject.group = group;
        subject.name = QStringLiteral("S%1").arg(number);
        REQUIRE(SubjectRepository(w).save(subject));
        AuditCase c;
        c.cycleId = cycle.id;
        c.subjectId = subject.id;
        c.auditNumber = number;
        c.caseCode = QStringLiteral("AKS-2024-1-X-%1").arg(number);
        REQUIRE(CaseRepository(w).save(c));
        return c;
    }
};
}

TEST_CASE("Team formation needs a decree number and date, a chair, a secretary, a technical member and an expert", "[audit][progress]")
{
    ProgressFixture f;
    StageProgress team = f.stage(CycleStage::TeamFormation);
    CHECK_FALSE(team.done);
    CHECK(team.missing.contains(QStringLiteral("No decree number yet")));
    CHECK(team.missing.contains(QStringLiteral("No secretary (Sekretaris) in the team")));

    Decree decree;
    decree.cycleId = f.cycle.id;
    decree.number = QStringLiteral("188.45/1/TPPS/V/2024");
    decree.date = QDate(2024, 1, 10);
    REQUIRE(CycleRepository(f.w).save(decree));
    f.addMember(TeamRole::Chair);
    f.addMember(TeamRole::Technical);
    f.addMember(TeamRole::Expert);
    team = f.stage(CycleStage::TeamFormation);
    CHECK(team.missing == QStringList{QStringLiteral("No secretary (Sekretaris) in the team")});
    f.addMember(TeamRole::Secretary);
    CHECK(f.stage(CycleStage::TeamFormation).done);
}

TEST_CASE("Selection needs the minimum number of cases in every group", "[audit][progress]")
{
    ProgressFixture f;
    int number = 0;
    for (TargetGroup group : enumValues<TargetGroup>()) {
        f.addCase(group, ++number);
        if (group != TargetGroup::Bufas)
            f.addCase(group, ++number);
    }
    StageProgress selection = f.stage(CycleStage::CaseSelection);
    CHECK_FALSE(selection.done);
    CHECK(selection.missing == QStringList{QStringLiteral("BUFAS: 1 of 2 cases selected")});
    REQUIRE(SettingsRepository(f.w).setValue(QStringLiteral("selection.minimumPerGroup"), QStringLiteral("1")));
    CHECK(f.stage(CycleStage::CaseSelection).done);
}

TEST_CASE("Review, dissemination and evaluation follow the cases, RTL and meetings", "[audit][progress]")
{
    ProgressFixture f;
    CHECK(f.stage(CycleStage::ExpertReview).missing.contains(QStringLiteral("No cases selected yet")));
    AuditCase c = f.addCase(TargetGroup::Baduta, 1);
    ExpertReview review;
    review.caseId = c.id;
    REQUIRE(CaseRepository(f.w).save(review));
    ActionItem item;
    item.cycleId = f.cycle.id;
    item.caseId = c.id;
    item.activity = QStringLiteral("PMT");
    REQUIRE(ActionItemRepository(f.w).save(item));
    StageProgress stage = f.stage(CycleStage::ExpertReview);
    CHECK(stage.missing == QStringList{QStringLiteral("1 case without a signed expert review"),
                                       QStringLiteral("1 RTL item not yet approved by the TPPS chair")});
    review.signedOn = QDate(2024, 3, 1);
    REQUIRE(CaseRepository(f.w).save(review));
    item.approvedOn = QDate(2024, 3, 2);
    REQUIRE(ActionItemRepository(f.w).save(item));
    CHECK(f.stage(CycleStage::ExpertReview).done);

    Meeting meeting;
    meeting.cycleId = f.cycle.id;
    meeting.kind = MeetingKind::Dissemination;
    meeting.date = QDate(2024, 4, 1);
    meeting.attendance = {{{}, 0, QStringLiteral("A"), 0, QString(), true, true}};
    REQUIRE(MeetingRepository(f.w).save(meeting));
    CHECK_FALSE(f.stage(CycleStage::Dissemination).done);  // no minutes yet
    meeting.minutes = QStringLiteral("Notulen");
    REQUIRE(MeetingRepository(f.w).save(meeting));
    CHECK(f.stage(CycleStage::Dissemination).done);

    CHECK_FALSE(f.stage(CycleStage::FollowUpEvaluation).done);
    ItemEvaluation evaluation{{}, item.id, QDate(2024, 6, 1), QString(), QString(), QString(), QString(), ActionStatus::Done};
    REQUIRE(ActionItemRepository(f.w).save(evaluation));
    CHECK(f.stage(CycleStage::FollowUpEvaluation).missing == QStringList{QStringLiteral("1 case without a confirmed outcome")});
    c.outcome = CaseOutcome::Improved;
    REQUIRE(CaseRepository(f.w).save(c));
    CHECK(f.stage(CycleStage::FollowUpEvaluation).done);
}

TEST_CASE("A cycle of a thousand cases is counted right, and at once", "[audit][progress]")
{
    ProgressFixture f;
    constexpr int Cases = 1000;
    REQUIRE(f.w.write([&]() -> Status {
        for (int i = 0; i < Cases; ++i) {
            AuditCase c = f.addCase(enumValues<TargetGroup>()[i % 5], i + 1);
            if (i % 5 != 0) {
                c.outcome = CaseOutcome::Improved;
                REQUIRE(CaseRepository(f.w).save(c));
            }
            ExpertReview review;
            review.caseId = c.id;
            if (i % 10 != 0)
                review.signedOn = QDate(2024, 3, 1);
            REQUIRE(CaseRepository(f.w).save(review));
            ActionItem item;
            item.cycleId = f.cycle.id;
            item.caseId = c.id;
            item.activity = QStringLiteral("PMT");
            if (i % 4 != 0)
                item.approvedOn = QDate(2024, 3, 2);
            REQUIRE(ActionItemRepository(f.w).save(item));
            if (i % 2 == 0) {
                for (int round = 0; round < 2; ++round) {
                    ItemEvaluation evaluation{{}, item.id, QDate(2024, 5 + round, 1), QString(), QString(), QString(), QString(), ActionStatus::Done};
                    REQUIRE(ActionItemRepository(f.w).save(evaluation));
                }
            }
        }
        return {};
    }));

    QElapsedTimer timer;
    timer.start();
    auto stages = CycleProgress(f.w).evaluate(f.cycle.id);
    const qint64 elapsed = timer.elapsed();
    REQUIRE(stages.ok());
    CHECK(stages->at(1).done);
    CHECK(stages->at(2).missing == QStringList{QStringLiteral("100 cases without a signed expert review"),
                                               QStringLiteral("250 RTL items not yet approved by the TPPS chair")});
    CHECK(stages->at(3).missing == QStringList{QStringLiteral("No dissemination meeting with attendance and minutes yet")});
    CHECK(stages->at(4).missing == QStringList{QStringLiteral("500 RTL items not yet evaluated"),
                                               QStringLiteral("200 cases without a confirmed outcome")});
    // A handful of queries whatever the size (it was two per case and item); generous for a busy machine.
    CHECK(elapsed < 1500);
}

TEST_CASE("Only a dissemination meeting with someone attending and minutes finishes stage 4", "[audit][progress]")
{
    ProgressFixture f;
    Meeting other;
    other.cycleId = f.cycle.id;
    other.kind = MeetingKind::Evaluation;
    other.date = QDate(2024, 4, 1);
    other.minutes = QStringLiteral("Notulen");
    other.attendance = {{{}, 0, QStringLiteral("A"), 0, QString(), true, true}};
    REQUIRE(MeetingRepository(f.w).save(other));
    CHECK_FALSE(f.stage(CycleStage::Dissemination).done);

    Meeting dissemination = other;
    dissemination.id = 0;
    dissemination.uuid.clear();
    dissemination.kind = MeetingKind::Dissemination;
    dissemination.minutes = QStringLiteral(" \n\t ");
    dissemination.attendance = {{{}, 0, QStringLiteral("A"), 0, QString(), true, false}};  // invited, did not come
    REQUIRE(MeetingRepository(f.w).save(dissemination));
    CHECK_FALSE(f.stage(CycleStage::Dissemination).done);
    dissemination.minutes = QStringLiteral("Notulen");
    REQUIRE(MeetingRepository(f.w).save(dissemination));
    CHECK_FALSE(f.stage(CycleStage::Dissemination).done);  // nobody attended
    dissemination.attendance.first().attended = true;
    REQUIRE(MeetingRepository(f.w).save(dissemination));
    CHECK(f.stage(CycleStage::Dissemination).done);
}

#include <catch2/catch.hpp>

#include "CycleView.h"
#include "StageCard.h"
#include "StageStrip.h"
#include "UiTestSupport.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SubjectRepository.h"

#include <QComboBox>

namespace {
// A cycle built up stage by stage through the repositories, as the wizards would, with the view
// reloaded after each step as the main window does when a wizard closes.
struct StripFixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<CycleView> view;
    Cycle cycle{{}, 2025, 1, QDate(2025, 1, 1), QDate(2025, 6, 30), CycleStatus::InProgress};
    QList<AuditCase> cases;
    QList<ActionItem> items;

    StripFixture()
    {
        UiTest::freshSettings();
        auto created = Workspace::create(dir.filePath(QStringLiteral("strip.tuntas")));
        REQUIRE(created.ok());
        workspace = std::move(created.value());
        REQUIRE(CycleRepository(*workspace).save(cycle));
        view = std::make_unique<CycleView>(*workspace);
        view->resize(1300, 640);
        view->show();
    }

    QList<bool> doneStates() const
    {
        QList<bool> states;
        for (StageCard *card : view->stageStrip()->cards())
            states.append(card->progress().done && card->property("done").toBool() && card->statusText().contains(QStringLiteral("Done")));
        return states;
    }

    QString statusOf(CycleStage stage) const { return view->stageStrip()->cards().at(int(stage))->statusText(); }

    void formTeam()
    {
        Decree decree;
        decree.cycleId = cycle.id;
        decree.number = QStringLiteral("188.45/2/TPPS/I/2025");
        decree.date = QDate(2025, 1, 10);
        REQUIRE(CycleRepository(*workspace).save(decree));
        for (TeamRole role : {TeamRole::Chair, TeamRole::Secretary, TeamRole::Technical, TeamRole::Expert}) {
            Person person;
            person.name = enumName(role);
            REQUIRE(PeopleRepository(*workspace).save(person));
            TeamMember member{{}, cycle.id, person.id, role, 0, 0};
            REQUIRE(CycleRepository(*workspace).save(member));
        }
    }

    void selectCases()
    {
        int number = 0;
        for (TargetGroup group : enumValues<TargetGroup>()) {
            for (int i = 0; i < 2; ++i) {
                Subject subject;
                subject.group = group;
                subject.name = QStringLiteral("Sasaran %1").arg(++number);
                REQUIRE(SubjectRepository(*workspace).save(subject));
                AuditCase c;
                c.cycleId = cycle.id;
                c.subjectId = subject.id;
                c.auditNumber = number;
                c.caseCode = QStringLiteral("AKS-2025-1-T-%1").arg(number, 2, 10, QLatin1Char('0'));
                REQUIRE(CaseRepository(*workspace).save(c));
                cases.append(c);
            }
        }
    }

    void reviewAndPlan(bool signEvery, bool approveEvery)
    {
        for (int i = 0; i < cases.size(); ++i) {
            auto existing = CaseRepository(*workspace).review(cases[i].id);
            ExpertReview review = existing->value_or(ExpertReview{});
            review.caseId = cases[i].id;
            review.auditDate = QDate(2025, 2, 10);
            if (signEvery || i > 0)
                review.signedOn = QDate(2025, 2, 12);
            REQUIRE(CaseRepository(*workspace).save(review));
        }
        if (items.isEmpty()) {
            for (const AuditCase &c : cases) {
                ActionItem item;
                item.cycleId = cycle.id;
                item.caseId = c.id;
                item.activity = QStringLiteral("PMT lokal 90 hari");
                item.startDate = QDate(2025, 2, 15);
                item.dueDate = QDate(2025, 5, 15);
                items.append(item);
            }
        }
        for (int i = 0; i < items.size(); ++i) {
            if (approveEvery || i > 0) {
                items[i].approvedOn = QDate(2025, 2, 14);
                items[i].approvedBy = QStringLiteral("Ketua TPPS");
            }
            REQUIRE(ActionItemRepository(*workspace).save(items[i]));
        }
    }

    Meeting disseminate(bool withMinutes)
    {
        Meeting meeting;
        meeting.cycleId = cycle.id;
        meeting.kind = MeetingKind::Dissemination;
        meeting.date = QDate(2025, 3, 1);
        meeting.attendance = {{{}, 0, QStringLiteral("Kepala Dinas Kesehatan"), 0, QString(), true, true}};
        meeting.minutes = withMinutes ? QStringLiteral("RTL disepakati.") : QString();
        REQUIRE(MeetingRepository(*workspace).save(meeting));
        return meeting;
    }

    void evaluate(int casesWithOutcome)
    {
        for (const ActionItem &item : items) {
            ItemEvaluation evaluation{{}, item.id, QDate(2025, 6, 1), QStringLiteral("PMT diberikan"), QString(), QString(), QString(), ActionStatus::Done};
            REQUIRE(ActionItemRepository(*workspace).save(evaluation));
        }
        for (int i = 0; i < casesWithOutcome; ++i) {
            cases[i].outcome = CaseOutcome::Improved;
            cases[i].outcomeConfirmedOn = QDate(2025, 6, 20);
            REQUIRE(CaseRepository(*workspace).save(cases[i]));
        }
    }
};

using States = QList<bool>;
}

TEST_CASE("The stage strip follows the data through all five stages, reloaded after each step", "[ui][stagestrip]")
{
    StripFixture f;
    REQUIRE(f.view->stageStrip()->isVisible());
    REQUIRE(f.view->stageStrip()->cards().size() == 5);
    CHECK(f.doneStates() == States{false, false, false, false, false});
    CHECK(f.statusOf(CycleStage::ExpertReview).contains(QStringLiteral("No cases selected yet")));

    f.formTeam();
    CHECK(f.doneStates() == States{false, false, false, false, false});  // not before the view reloads
    f.view->reload();
    CHECK(f.doneStates() == States{true, false, false, false, false});

    f.selectCases();
    f.view->reload();
    CHECK(f.doneStates() == States{true, true, false, false, false});
    CHECK(f.statusOf(CycleStage::ExpertReview).contains(QStringLiteral("10 cases without a signed expert review")));
    CHECK(f.statusOf(CycleStage::ExpertReview).contains(QStringLiteral("No RTL items yet")));

    f.reviewAndPlan(false, false);  // one review unsigned, one item not approved
    f.view->reload();
    CHECK(f.doneStates() == States{true, true, false, false, false});
    CHECK(f.statusOf(CycleStage::ExpertReview).contains(QStringLiteral("1 case without a signed expert review")));
    CHECK(f.statusOf(CycleStage::ExpertReview).contains(QStringLiteral("1 RTL item not yet approved by the TPPS chair")));
    f.reviewAndPlan(true, true);
    f.view->reload();
    CHECK(f.doneStates() == States{true, true, true, false, false});

    Meeting meeting = f.disseminate(false);
    f.view->reload();
    CHECK(f.doneStates() == States{true, true, true, false, false});
    CHECK(f.statusOf(CycleStage::Dissemination).contains(QStringLiteral("No dissemination meeting with attendance and minutes yet")));
    meeting.minutes = QStringLiteral("RTL disepakati; OPD menyatakan komitmen.");
    REQUIRE(MeetingRepository(*f.workspace).save(meeting));
    f.view->reload();
    CHECK(f.doneStates() == States{true, true, true, true, false});

    f.evaluate(9);
    f.view->reload();
    CHECK(f.doneStates() == States{true, true, true, true, false});
    CHECK(f.statusOf(CycleStage::FollowUpEvaluation).contains(QStringLiteral("1 case without a confirmed outcome")));
    f.cases[9].outcome = CaseOutcome::Unchanged;
    REQUIRE(CaseRepository(*f.workspace).save(f.cases[9]));
    f.view->reload();
    CHECK(f.doneStates() == States{true, true, true, true, true});
    CHECK(f.view->stageStrip()->cards().at(4)->toolTip().isEmpty());
}

#include <catch2/catch.hpp>

#include "CycleView.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "audit/CycleProgress.h"
#include "audit/OutcomeEvidence.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/SubjectRepository.h"
#include "wizards/CaseOutcomePage.h"
#include "wizards/CycleSummaryPage.h"
#include "wizards/EvaluationWizard.h"
#include "wizards/ItemEvaluationPage.h"
#include "wizards/MonitoringPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace {
const QDate DemoToday(2024, 9, 16);

struct EvaluationFixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    Cycle current;
    EvaluationFixture()
    {
        Language::apply(QStringLiteral("en"));
        auto created = Workspace::create(dir.filePath(QStringLiteral("w.tuntas")));
        REQUIRE(created.ok());
        workspace = std::move(created.value());
        REQUIRE(DemoDistrict::populate(*workspace, DemoToday));
        current = CycleRepository(*workspace).all()->first();
    }

    StageProgress followUp()
    {
        auto stages = CycleProgress(*workspace).evaluate(current.id);
        REQUIRE(stages.ok());
        return stages->at(int(CycleStage::FollowUpEvaluation));
    }
};

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}
}

TEST_CASE("The evaluation wizard records a visit, an item's evaluation and an outcome, refusing bad input first", "[ui][wizard][evaluation]")
{
    EvaluationFixture f;
    const StageProgress before = f.followUp();
    CHECK(before.missing.contains(QStringLiteral("7 RTL items not yet evaluated")));
    CHECK(before.missing.contains(QStringLiteral("9 cases without a confirmed outcome")));

    EvaluationWizard wizard(*f.workspace, f.current.id);
    wizard.setToday(DemoToday);
    wizard.show();
    MonitoringPage *monitoring = wizard.monitoringPage();
    REQUIRE(wizard.currentPage() == monitoring);
    REQUIRE(monitoring->caseList()->count() == 9);

    // A child's case: the first BADUTA one.
    int row = 0;
    while (row < wizard.cases().size() && wizard.subject(wizard.cases().at(row).subjectId).group != TargetGroup::Baduta)
        ++row;
    REQUIRE(row < wizard.cases().size());
    const AuditCase child = wizard.cases().at(row);
    monitoring->caseList()->setCurrentRow(row);
    CHECK(monitoring->caseList()->currentItem()->text() == child.caseCode + QStringLiteral(" · BADUTA"));
    CHECK(monitoring->month(0).position->isVisibleTo(monitoring));
    CHECK_FALSE(monitoring->month(0).hb->isVisibleTo(monitoring));
    const Measurement last = SubjectRepository(*f.workspace).latestMeasurement(child.subjectId)->value();

    const MonitoringPage::MonthFields &first = monitoring->month(0);
    first.visited->setChecked(true);
    CHECK(first.date->date() == DemoToday);
    first.date->setDate(QDate(2024, 8, 20));
    QTest::keyClicks(first.length, number(*last.lengthHeightCm + 1.0));
    QTest::keyClicks(first.weight, number(*last.weightKg + 0.3));
    first.position->setCurrentIndex(first.position->findData(QStringLiteral("L")));
    first.visitor->setCurrentIndex(1);
    CHECK(first.result->text().contains(QStringLiteral("PB/U or TB/U: z = ")));
    CHECK_FALSE(first.result->toolTip().isEmpty());

    // Month 2 before month 1: refused, nothing written.
    const MonitoringPage::MonthFields &second = monitoring->month(1);
    second.visited->setChecked(true);
    second.date->setDate(QDate(2024, 8, 10));
    QTest::keyClicks(second.weight, QStringLiteral("9,1"));
    wizard.next();
    CHECK(wizard.currentPage() == monitoring);
    CHECK(monitoring->problems()->isVisibleTo(monitoring));
    CHECK(monitoring->problems()->text().contains(child.caseCode + QStringLiteral(", month 2: the visit must come after the visit of the month before")));
    CHECK(CaseRepository(*f.workspace).visits(child.id)->isEmpty());

    second.visited->setChecked(false);
    wizard.next();
    REQUIRE(wizard.currentPage() == wizard.itemPage());
    auto visits = CaseRepository(*f.workspace).visits(child.id);
    REQUIRE(visits->size() == 1);
    CHECK(visits->first().visitDate == QDate(2024, 8, 20));
    CHECK(visits->first().visitorMemberId == first.visitor->itemData(1).toLongLong());
    Measurement visitMeasurement;
    for (const Measurement &m : *SubjectRepository(*f.workspace).measurements(child.subjectId)) {
        if (m.id == visits->first().measurementId)
            visitMeasurement = m;
    }
    REQUIRE(visitMeasurement.isStored());
    CHECK(visitMeasurement.measuredOn == QDate(2024, 8, 20));
    CHECK(visitMeasurement.lengthHeightCm == Approx(*last.lengthHeightCm + 1.0));
    CHECK(visitMeasurement.zLengthAge.has_value());
    CHECK(visitMeasurement.position == MeasurePosition::Lying);

    // The first RTL item: an evaluation before its start is refused, then stored as done.
    ItemEvaluationPage *items = wizard.itemPage();
    REQUIRE(items->table()->rowCount() == 7);
    items->table()->setCurrentCell(0, 1);
    const ActionItem item = ActionItemRepository(*f.workspace).forCycle(f.current.id)->first();
    items->whatWasDone()->setPlainText(QStringLiteral("PMT lokal 90 hari diberikan"));
    items->finalStatus()->setCurrentIndex(items->finalStatus()->findData(QStringLiteral("done")));
    CHECK(items->date()->date() == DemoToday);
    items->date()->setDate(item.startDate.addDays(-1));
    wizard.next();
    CHECK(wizard.currentPage() == items);
    CHECK(items->problems()->text().contains(QStringLiteral("The evaluation date is before the start date")));
    CHECK(ActionItemRepository(*f.workspace).evaluations(item.id)->isEmpty());
    items->date()->setDate(QDate(2024, 9, 10));
    QTest::keyClicks(items->evidence(), QStringLiteral("Foto kegiatan"));
    wizard.next();
    REQUIRE(wizard.currentPage() == wizard.outcomePage());
    CHECK(ActionItemRepository(*f.workspace).find(item.id)->status == ActionStatus::Done);
    auto evaluations = ActionItemRepository(*f.workspace).evaluations(item.id);
    REQUIRE(evaluations->size() == 1);
    CHECK(evaluations->first().evaluatedOn == QDate(2024, 9, 10));
    CHECK(evaluations->first().whatWasDone == QStringLiteral("PMT lokal 90 hari diberikan"));
    CHECK(evaluations->first().evidence == QStringLiteral("Foto kegiatan"));

    // The child's outcome: before and after side by side with the proposal, then confirmed.
    CaseOutcomePage *outcomes = wizard.outcomePage();
    QTableWidget *table = outcomes->table();
    REQUIRE(table->rowCount() == 9);
    CHECK(table->item(row, CaseOutcomePage::Case)->text() == child.caseCode);
    CHECK(table->item(row, CaseOutcomePage::After)->text().startsWith(QStringLiteral("20 Aug 2024")));
    CHECK(table->item(row, CaseOutcomePage::After)->text().contains(QStringLiteral("HAZ")));
    CHECK(table->item(row, CaseOutcomePage::Before)->text().contains(QStringLiteral("HAZ")));
    const OutcomeEvidence evidence = *OutcomeEvidence::of(*f.workspace, child);
    REQUIRE(evidence.proposal.outcome.has_value());
    CHECK(table->item(row, CaseOutcomePage::Proposal)->text()
          == QStringLiteral("%1: %2").arg(enumName(*evidence.proposal.outcome), evidence.proposal.reason));
    CHECK(table->item(row == 0 ? 1 : 0, CaseOutcomePage::Proposal)->text().contains(QStringLiteral("No follow-up measurement")));
    outcomes->outcomeBox(row)->setCurrentIndex(outcomes->outcomeBox(row)->findData(QStringLiteral("improved")));
    wizard.next();
    REQUIRE(wizard.currentPage() == wizard.summaryPage());
    const AuditCase stored = *CaseRepository(*f.workspace).find(child.id);
    CHECK(stored.outcome == CaseOutcome::Improved);
    CHECK(stored.proposedOutcome == evidence.proposal.outcome);
    CHECK(stored.outcomeConfirmedOn == DemoToday);

    const QString summary = wizard.summaryPage()->summary()->text();
    CHECK(summary.contains(QStringLiteral("Team formed")));
    CHECK(summary.contains(QStringLiteral("Improved: 1")));
    CHECK(summary.contains(QStringLiteral("6 RTL items not yet evaluated")));
    wizard.accept();
    CHECK(wizard.result() == QDialog::Accepted);

    const StageProgress after = f.followUp();
    CHECK_FALSE(after.done);
    CHECK(after.missing == QStringList{QStringLiteral("6 RTL items not yet evaluated"), QStringLiteral("8 cases without a confirmed outcome")});

    // Re-opened, the wizard shows what is stored; a stored visit can be corrected, not removed.
    EvaluationWizard again(*f.workspace, f.current.id);
    again.setToday(DemoToday);
    again.show();
    again.monitoringPage()->caseList()->setCurrentRow(row);
    CHECK(again.monitoringPage()->month(0).visited->isChecked());
    CHECK_FALSE(again.monitoringPage()->month(0).visited->isEnabled());
    CHECK(again.monitoringPage()->month(0).length->text() == number(*last.lengthHeightCm + 1.0));
    CHECK(again.monitoringPage()->month(0).date->date() == QDate(2024, 8, 20));
}

TEST_CASE("Evaluating every item and confirming every case through the wizard completes stage 5", "[ui][wizard][evaluation]")
{
    EvaluationFixture f;
    EvaluationWizard wizard(*f.workspace, f.current.id);
    wizard.setToday(DemoToday);
    wizard.show();
    wizard.next();  // no visits to add
    REQUIRE(wizard.currentPage() == wizard.itemPage());
    ItemEvaluationPage *items = wizard.itemPage();
    for (int row = 0; row < items->table()->rowCount(); ++row) {
        items->table()->setCurrentCell(row, 1);
        items->finalStatus()->setCurrentIndex(items->finalStatus()->findData(row == 2 ? QStringLiteral("not_done") : QStringLiteral("done")));
        items->date()->setDate(QDate(2024, 9, 10));
    }
    wizard.next();
    REQUIRE(wizard.currentPage() == wizard.outcomePage());
    CaseOutcomePage *outcomes = wizard.outcomePage();
    outcomes->acceptProposals();  // the current cycle has no follow-up yet: nothing to take
    for (int row = 0; row < outcomes->table()->rowCount(); ++row) {
        CHECK(outcomes->outcomeBox(row)->currentIndex() == 0);
        outcomes->outcomeBox(row)->setCurrentIndex(outcomes->outcomeBox(row)->findData(QStringLiteral("lost")));
    }
    wizard.next();
    REQUIRE(wizard.currentPage() == wizard.summaryPage());
    // Every item is evaluated, but Sipasti stage 4 waits for stage 2: BUFAS still has one case of two.
    const QString summary = wizard.summaryPage()->summary()->text();
    CHECK(summary.contains(QStringLiteral("BUFAS: 1 of 2 cases selected")));
    CHECK(summary.contains(QStringLiteral("RTL evaluated</b> — <span style='color:#8a5a00'>not yet: Stage 3 is not reached yet</span>")));
    CHECK(summary.contains(QStringLiteral("lost to follow-up: 9")));
    wizard.accept();
    CHECK(f.followUp().done);
    CHECK(ActionItemRepository(*f.workspace).forCycle(f.current.id)->at(2).status == ActionStatus::NotDone);
}

TEST_CASE("Cancelling the evaluation wizard with unsaved changes asks before discarding them", "[ui][wizard][evaluation]")
{
    EvaluationFixture f;
    EvaluationWizard wizard(*f.workspace, f.current.id);
    wizard.setToday(DemoToday);
    wizard.show();
    const AuditCase first = wizard.cases().first();
    wizard.monitoringPage()->month(0).visited->setChecked(true);
    QTest::keyClicks(wizard.monitoringPage()->month(0).weight, QStringLiteral("50"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    wizard.reject();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Discard the changes")));
    CHECK(wizard.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    wizard.reject();
    CHECK_FALSE(wizard.isVisible());
    CHECK(wizard.result() == QDialog::Rejected);
    CHECK(CaseRepository(*f.workspace).visits(first.id)->isEmpty());
}

TEST_CASE("The main window opens the evaluation wizard for stage 5", "[ui][wizard][evaluation]")
{
    UiTest::freshSettings();
    QTemporaryDir dir;
    const QString path = UiTest::makeDemo(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(path));
    auto cycle = CycleRepository(*window.workspace()).all()->first();
    QString title;
    UiTest::whenShown<EvaluationWizard>([&title](EvaluationWizard *wizard) {
        title = wizard->windowTitle();
        wizard->reject();
    });
    Q_EMIT window.cycleView()->stageRequested(cycle.id, CycleStage::FollowUpEvaluation);
    CHECK(title == QStringLiteral("Follow-up evaluation — cycle 2 of 2024"));
}

TEST_CASE("Screenshots of the evaluation wizard", "[.screenshot]")
{
    EvaluationFixture f;
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    auto cycles = *CycleRepository(*f.workspace).all();
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        Language::apply(language);
        // The finished cycle, which has visits, evaluations and outcomes to show.
        EvaluationWizard wizard(*f.workspace, cycles.last().id);
        wizard.setToday(DemoToday);
        wizard.resize(1300, 700);
        wizard.show();
        wizard.monitoringPage()->caseList()->setCurrentRow(8);  // a BALITA case
        for (int page = 1; page <= 4; ++page) {
            QCoreApplication::processEvents();
            wizard.grab().save(QStringLiteral("/tmp/tuntas-shots/evaluation-%1-%2.png").arg(page).arg(language));
            wizard.next();
        }
    }
    Language::apply(QStringLiteral("en"));
}

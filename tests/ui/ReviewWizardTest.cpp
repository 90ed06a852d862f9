#include "UiTestSupport.h"

#include "CauseTaxonomyDialog.h"
#include "CycleView.h"
#include "MainWindow.h"
#include "StageCard.h"
#include "StageStrip.h"
#include "Language.h"
#include "MessageBox.h"
#include "OptionalDateEdit.h"
#include "ReviewCaseListDialog.h"
#include "audit/CycleProgress.h"
#include "rtl/ActionItemDialog.h"
#include "storage/ActionItemRepository.h"
#include "demo/DemoDistrict.h"
#include "storage/CaseRepository.h"
#include "storage/CauseTaxonomyRepository.h"
#include "storage/CycleRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/Workspace.h"
#include "wizards/CausesPage.h"
#include "wizards/RecommendationDialog.h"
#include "wizards/RecommendationsPage.h"
#include "wizards/ReviewWizard.h"
#include "wizards/SignOffPage.h"
#include "wizards/WorksheetPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

namespace {
struct ReviewFixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    Cycle current;

    ReviewFixture()
    {
        Language::apply(QStringLiteral("en"));
        auto created = Workspace::create(dir.filePath(QStringLiteral("w.tuntas")));
        REQUIRE(created.ok());
        workspace = std::move(created.value());
        REQUIRE(DemoDistrict::populate(*workspace, QDate(2024, 9, 16)));
        current = CycleRepository(*workspace).all()->first();
    }

    QList<AuditCase> cases() { return *CaseRepository(*workspace).forCycle(current.id); }

    int signedCases()
    {
        int count = 0;
        for (const AuditCase &c : cases()) {
            auto review = CaseRepository(*workspace).review(c.id);
            count += *review && (*review)->isSigned() ? 1 : 0;
        }
        return count;
    }

    QStringList reviewStageMissing()
    {
        for (const StageProgress &stage : *CycleProgress(*workspace).evaluate(current.id)) {
            if (stage.stage == CycleStage::ExpertReview)
                return stage.missing;
        }
        return {};
    }

    // A measured child of the demo who is not a case yet, selected into the current cycle.
    AuditCase newChildCase()
    {
        QSet<qint64> taken;
        for (const AuditCase &c : cases())
            taken.insert(c.subjectId);
        SubjectRepository subjects(*workspace);
        for (const Subject &s : *subjects.all(TargetGroup::Baduta)) {
            if (taken.contains(s.id) || !*subjects.latestMeasurement(s.id))
                continue;
            AuditCase added;
            added.cycleId = current.id;
            added.subjectId = s.id;
            added.auditNumber = 99;
            added.caseCode = QStringLiteral("AKS-2024-2-BDT-99");
            added.selectedOn = QDate(2024, 8, 1);
            REQUIRE(CaseRepository(*workspace).save(added));
            return added;
        }
        FAIL("The demo has no measured BADUTA child left to select");
        return {};
    }

    AuditCase firstCase(bool signedReview)
    {
        for (const AuditCase &c : cases()) {
            auto review = CaseRepository(*workspace).review(c.id);
            if (*review && (*review)->isSigned() == signedReview)
                return c;
        }
        FAIL("No demo case with that review state");
        return {};
    }
};

void addRecommendation(RecommendationsPage *page, RecommendationKind kind, const QString &text)
{
    RecommendationsPage::setDialogHook([&](RecommendationDialog &dialog) {
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(kind)));
        dialog.textEdit()->setPlainText(text);
        dialog.accept();
    });
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    RecommendationsPage::setDialogHook(nullptr);
}

QTableWidgetItem *cell(QTableWidget *table, int row, int column)
{
    REQUIRE(row >= 0);
    REQUIRE(table->item(row, column) != nullptr);
    return table->item(row, column);
}
}

TEST_CASE("The review wizard is driven from worksheet to sign-off and the case counts as reviewed", "[ui][wizard][review]")
{
    ReviewFixture f;
    const AuditCase auditCase = f.newChildCase();
    const int signedBefore = f.signedCases();
    const Subject subject = *SubjectRepository(*f.workspace).find(auditCase.subjectId);

    ReviewWizard wizard(*f.workspace, auditCase.id);
    wizard.show();
    auto *worksheet = qobject_cast<WorksheetPage *>(wizard.currentPage());
    REQUIRE(worksheet);
    CHECK(worksheet->headerLabel()->text().contains(auditCase.caseCode));
    CHECK(worksheet->headerLabel()->text().contains(subject.name.toHtmlEscaped()));
    Desa desa;
    for (const Desa &d : *RegionRepository(*f.workspace).desa())
        desa = d.id == subject.desaId ? d : desa;
    CHECK(worksheet->puskesmasBox()->currentData().toLongLong() == desa.puskesmasId);
    // The program's answers are filled in and marked as such.
    const int stunting = worksheet->rowOf(QStringLiteral("pb_u"));
    CHECK(cell(worksheet->table(), stunting, WorksheetPage::Answer)->text().startsWith(QStringLiteral("z = ")));
    CHECK(worksheet->sourceBox(stunting)->currentText() == QStringLiteral("Computed by Tuntas"));
    CHECK(cell(worksheet->table(), stunting, WorksheetPage::Item)->toolTip().contains(QStringLiteral("Permenkes")));
    CHECK(cell(worksheet->table(), worksheet->rowOf(QStringLiteral("air_minum")), WorksheetPage::Answer)->text().contains(QStringLiteral("proper")));

    // An audit date before the case was selected is refused and nothing is written.
    worksheet->auditDateEdit()->setDate(auditCase.selectedOn.addDays(-1));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.next();
    CHECK(wizard.currentPage() == worksheet);
    CHECK(MessageBox::lastText().contains(QStringLiteral("before the case was selected")));
    CHECK_FALSE(CaseRepository(*f.workspace).review(auditCase.id)->has_value());

    worksheet->auditDateEdit()->setDate(QDate(2024, 8, 20));
    const int breastfeeding = worksheet->rowOf(QStringLiteral("asi_eksklusif"));
    cell(worksheet->table(), breastfeeding, WorksheetPage::Answer)->setText(QStringLiteral("Tidak, MP-ASI sejak umur 4 bulan"));
    worksheet->sourceBox(breastfeeding)->setCurrentText(QStringLiteral("Wawancara ibu"));
    cell(worksheet->table(), breastfeeding, WorksheetPage::Verified)->setCheckState(Qt::Checked);
    CHECK(wizard.hasChanges());
    wizard.next();
    auto *causes = qobject_cast<CausesPage *>(wizard.currentPage());
    REQUIRE(causes);
    CHECK_FALSE(wizard.hasChanges());
    ExpertReview stored = **CaseRepository(*f.workspace).review(auditCase.id);
    CHECK(stored.auditDate == QDate(2024, 8, 20));
    CHECK(stored.worksheetEdition == QStringLiteral("2022"));
    CHECK(stored.puskesmasId == desa.puskesmasId);
    CHECK(std::any_of(stored.answers.begin(), stored.answers.end(), [](const WorksheetAnswer &a) {
        return a.answer == QStringLiteral("Tidak, MP-ASI sejak umur 4 bulan") && a.source == QStringLiteral("Wawancara ibu") && a.verified;
    }));
    CHECK(std::any_of(stored.answers.begin(), stored.answers.end(), [](const WorksheetAnswer &a) { return a.isComputed() && !a.verified; }));

    // Causes: the same cause from both sides, another from the technical team only.
    const int intake = causes->rowOf(QStringLiteral("intake"));
    const int water = causes->rowOf(QStringLiteral("water_sanitation"));
    cell(causes->table(), intake, CausesPage::TechnicalTick)->setCheckState(Qt::Checked);
    cell(causes->table(), intake, CausesPage::TechnicalNote)->setText(QStringLiteral("MP-ASI tanpa protein hewani"));
    cell(causes->table(), intake, CausesPage::ExpertTick)->setCheckState(Qt::Checked);
    cell(causes->table(), water, CausesPage::TechnicalTick)->setCheckState(Qt::Checked);
    causes->technicalViewEdit()->setPlainText(QStringLiteral("Asupan kurang, sering diare."));
    causes->conclusionEdit()->setPlainText(QStringLiteral("Stunting karena asupan protein hewani kurang."));
    causes->referralEdit()->setText(QStringLiteral("Poli Anak RSUD"));
    wizard.next();
    auto *recommendations = qobject_cast<RecommendationsPage *>(wizard.currentPage());
    REQUIRE(recommendations);
    stored = **CaseRepository(*f.workspace).review(auditCase.id);
    REQUIRE(stored.causes.size() == 3);
    CHECK(stored.causes[0].cause == QStringLiteral("intake"));
    CHECK_FALSE(stored.causes[0].byExperts);
    CHECK(stored.causes[0].note == QStringLiteral("MP-ASI tanpa protein hewani"));
    CHECK(stored.causes[1].cause == QStringLiteral("water_sanitation"));
    CHECK_FALSE(stored.causes[1].isDirect);
    CHECK(stored.causes[2].cause == QStringLiteral("intake"));
    CHECK(stored.causes[2].byExperts);
    CHECK(stored.expertConclusion == QStringLiteral("Stunting karena asupan protein hewani kurang."));
    CHECK(stored.referralTo == QStringLiteral("Poli Anak RSUD"));

    addRecommendation(recommendations, RecommendationKind::CaseHandling, QStringLiteral("PMT lokal 90 hari dengan telur setiap hari."));
    CHECK(recommendations->table()->rowCount() == 1);
    CHECK(recommendations->table()->item(0, RecommendationsPage::RtlItems)->text() == QStringLiteral("0"));
    // The recommendation becomes an RTL item, pre-filled with the case and the recommendation; not
    // with the review's conclusion, which may name the family and the RTL goes to meetings.
    recommendations->table()->selectRow(0);
    ActionItem prefilled;
    RecommendationsPage::setItemDialogHook([&](ActionItemDialog &dialog) {
        prefilled = dialog.item();
        QTest::keyClicks(dialog.activityEdit(), QStringLiteral("PMT lokal berbahan telur"));
        dialog.agencyBox()->setCurrentIndex(1);
        dialog.startEdit()->setValue(QDate(2024, 9, 1));
        dialog.dueEdit()->setValue(QDate(2024, 11, 30));
        dialog.accept();
    });
    QTest::mouseClick(recommendations->makeItemButton(), Qt::LeftButton);
    RecommendationsPage::setItemDialogHook(nullptr);
    const QList<Recommendation> storedRecommendations = (*CaseRepository(*f.workspace).review(auditCase.id))->recommendations;
    REQUIRE(storedRecommendations.size() == 1);
    CHECK(prefilled.cycleId == f.current.id);
    CHECK(prefilled.caseId == auditCase.id);
    CHECK(prefilled.recommendationId == storedRecommendations[0].id);
    CHECK(prefilled.recommendation == QStringLiteral("PMT lokal 90 hari dengan telur setiap hari."));
    CHECK(prefilled.problem.isEmpty());
    const QList<ActionItem> caseItems = *ActionItemRepository(*f.workspace).forCase(auditCase.id);
    REQUIRE(caseItems.size() == 1);
    CHECK(caseItems[0].recommendationId == storedRecommendations[0].id);
    CHECK(recommendations->table()->item(0, RecommendationsPage::RtlItems)->text() == QStringLiteral("1"));
    wizard.next();
    auto *signOff = qobject_cast<SignOffPage *>(wizard.currentPage());
    REQUIRE(signOff);
    CHECK((*CaseRepository(*f.workspace).review(auditCase.id))->recommendations.size() == 1);

    REQUIRE(signOff->expertList()->count() > 0);
    // Signing without an expert is refused.
    signOff->signedBox()->setChecked(true);
    signOff->signedOnEdit()->setDate(QDate(2024, 8, 22));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.isVisible());
    CHECK(MessageBox::lastText().contains(QStringLiteral("at least one expert")));
    signOff->expertList()->item(0)->setCheckState(Qt::Checked);
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);

    stored = **CaseRepository(*f.workspace).review(auditCase.id);
    CHECK(stored.signedOn == QDate(2024, 8, 22));
    CHECK(stored.reviewerMemberIds.size() == 1);
    CHECK(f.signedCases() == signedBefore + 1);
    const int unsigned_ = int(f.cases().size()) - f.signedCases();
    const QStringList missing = f.reviewStageMissing().filter(QStringLiteral("without a signed expert review"));
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].startsWith(QStringLiteral("%1 case").arg(unsigned_)));

    // Re-opening shows what was saved.
    ReviewWizard again(*f.workspace, auditCase.id);
    again.show();
    auto *worksheetAgain = qobject_cast<WorksheetPage *>(again.currentPage());
    const int row = worksheetAgain->rowOf(QStringLiteral("asi_eksklusif"));
    CHECK(cell(worksheetAgain->table(), row, WorksheetPage::Answer)->text() == QStringLiteral("Tidak, MP-ASI sejak umur 4 bulan"));
    CHECK(worksheetAgain->sourceBox(row)->currentText() == QStringLiteral("Wawancara ibu"));
    CHECK(cell(worksheetAgain->table(), row, WorksheetPage::Verified)->checkState() == Qt::Checked);
    CHECK(worksheetAgain->auditDateEdit()->date() == QDate(2024, 8, 20));
    again.next();
    auto *causesAgain = qobject_cast<CausesPage *>(again.currentPage());
    CHECK(cell(causesAgain->table(), causesAgain->rowOf(QStringLiteral("intake")), CausesPage::ExpertTick)->checkState() == Qt::Checked);
    CHECK(cell(causesAgain->table(), causesAgain->rowOf(QStringLiteral("water_sanitation")), CausesPage::ExpertTick)->checkState() == Qt::Unchecked);
    CHECK(causesAgain->referralEdit()->text() == QStringLiteral("Poli Anak RSUD"));
    again.next();
    auto *recommendationsAgain = qobject_cast<RecommendationsPage *>(again.currentPage());
    REQUIRE(recommendationsAgain->table()->rowCount() == 1);
    CHECK(recommendationsAgain->table()->item(0, RecommendationsPage::Text)->text().startsWith(QStringLiteral("PMT lokal")));
    again.next();
    auto *signOffAgain = qobject_cast<SignOffPage *>(again.currentPage());
    CHECK(signOffAgain->signedBox()->isChecked());
    CHECK(signOffAgain->signedOnEdit()->date() == QDate(2024, 8, 22));
    CHECK(signOffAgain->expertList()->item(0)->checkState() == Qt::Checked);
    CHECK_FALSE(again.hasChanges());
    again.reject();
    CHECK(again.result() == QDialog::Rejected);
}

TEST_CASE("Cancelling the review wizard with changes asks before discarding them", "[ui][wizard][review]")
{
    ReviewFixture f;
    const AuditCase auditCase = f.firstCase(false);
    const ExpertReview before = **CaseRepository(*f.workspace).review(auditCase.id);
    ReviewWizard wizard(*f.workspace, auditCase.id);
    wizard.show();
    auto *worksheet = qobject_cast<WorksheetPage *>(wizard.currentPage());
    CHECK_FALSE(wizard.hasChanges());
    const int row = worksheet->table()->rowCount() - 1;
    cell(worksheet->table(), row, WorksheetPage::Answer)->setText(QStringLiteral("diubah"));
    CHECK(wizard.hasChanges());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    wizard.reject();
    CHECK(wizard.isVisible());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Discard")));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    wizard.reject();
    CHECK(wizard.result() == QDialog::Rejected);
    const ExpertReview after = **CaseRepository(*f.workspace).review(auditCase.id);
    CHECK(after.answers.size() == before.answers.size());
    CHECK(after.updatedAt == before.updatedAt);
}

TEST_CASE("A signed review can be un-signed, and a signing date in the future is refused", "[ui][wizard][review]")
{
    ReviewFixture f;
    const AuditCase auditCase = f.firstCase(true);
    const int signedBefore = f.signedCases();
    ReviewWizard wizard(*f.workspace, auditCase.id);
    wizard.show();
    wizard.next();
    wizard.next();
    wizard.next();
    auto *signOff = qobject_cast<SignOffPage *>(wizard.currentPage());
    REQUIRE(signOff);
    CHECK(signOff->signedBox()->isChecked());
    signOff->signedOnEdit()->setDate(QDate::currentDate().addDays(3));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.button(QWizard::FinishButton)->click();
    CHECK(MessageBox::lastText().contains(QStringLiteral("in the future")));
    CHECK((*CaseRepository(*f.workspace).review(auditCase.id))->isSigned());

    signOff->signedBox()->setChecked(false);
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK_FALSE((*CaseRepository(*f.workspace).review(auditCase.id))->isSigned());
    CHECK(f.signedCases() == signedBefore - 1);
}

TEST_CASE("The case list shows codes and review states without names and opens a case's review", "[ui][wizard][review]")
{
    ReviewFixture f;
    const AuditCase added = f.newChildCase();
    ReviewCaseListDialog dialog(*f.workspace, f.current.id);
    dialog.show();
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() == f.cases().size());
    QStringList states;
    QStringList shown;
    int addedRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        states << table->item(row, ReviewCaseListDialog::State)->text();
        for (int column = 0; column < table->columnCount(); ++column)
            shown << table->item(row, column)->text();
        if (table->item(row, ReviewCaseListDialog::CaseCode)->text() == added.caseCode)
            addedRow = row;
    }
    CHECK(states.filter(QStringLiteral("Signed on")).size() == f.signedCases());
    CHECK(states.contains(QStringLiteral("In progress")));
    REQUIRE(addedRow >= 0);
    CHECK(states.at(addedRow) == QStringLiteral("Not started"));
    for (const Subject &s : *SubjectRepository(*f.workspace).all())
        CHECK_FALSE(shown.contains(s.name));
    int rtlItems = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        rtlItems += table->item(row, ReviewCaseListDialog::RtlItems)->text().toInt();
    CHECK(rtlItems > 0);  // the demo made RTL items for the first cases

    bool opened = false;
    ReviewCaseListDialog::setWizardHook([&](ReviewWizard &wizard) {
        opened = wizard.auditCase().id == added.id;
        wizard.show();
        wizard.next();  // stores the worksheet page
        wizard.reject();
    });
    dialog.openCase(addedRow);
    ReviewCaseListDialog::setWizardHook(nullptr);
    CHECK(opened);
    CHECK(dialog.reviewsChanged());
    CHECK(table->item(addedRow, ReviewCaseListDialog::State)->text() == QStringLiteral("In progress"));
}

TEST_CASE("The causes page edits the cause list and offers what was added", "[ui][wizard][review]")
{
    ReviewFixture f;
    ReviewWizard wizard(*f.workspace, f.firstCase(false).id);
    wizard.show();
    wizard.next();
    auto *causes = qobject_cast<CausesPage *>(wizard.currentPage());
    REQUIRE(causes);
    CHECK(causes->rowOf(QStringLiteral("smoking")) >= 0);
    const int rowsBefore = causes->table()->rowCount();
    CausesPage::setDialogHook([](CauseTaxonomyDialog &dialog) {
        QTableWidget *table = dialog.table();
        dialog.addButton()->click();
        const int row = table->rowCount() - 1;
        table->item(row, CauseTaxonomyDialog::Label)->setText(QStringLiteral("Pernikahan usia anak"));
        table->item(row, CauseTaxonomyDialog::LabelEn)->setText(QStringLiteral("Child marriage"));
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, CauseTaxonomyDialog::Label)->text().startsWith(QStringLiteral("Paparan asap rokok")))
                table->item(r, CauseTaxonomyDialog::Retired)->setCheckState(Qt::Checked);
        }
        dialog.accept();
    });
    QTest::mouseClick(causes->editListButton(), Qt::LeftButton);
    CausesPage::setDialogHook(nullptr);
    const int added = causes->rowOf(QStringLiteral("pernikahan_usia_anak"));
    REQUIRE(added >= 0);
    CHECK(causes->table()->item(added, CausesPage::Cause)->text() == QStringLiteral("Child marriage"));
    CHECK(causes->rowOf(QStringLiteral("smoking")) == -1);
    CHECK(causes->table()->rowCount() == rowsBefore);
    auto offered = *CauseTaxonomyRepository(*f.workspace).offered();
    CHECK(std::none_of(offered.begin(), offered.end(), [](const CauseCategory &c) { return c.code == QLatin1String("smoking"); }));

    // A note without its tick is refused.
    cell(causes->table(), added, CausesPage::ExpertNote)->setText(QStringLiteral("menikah umur 17"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.next();
    CHECK(wizard.currentPage() == causes);
    CHECK(MessageBox::lastText().contains(QStringLiteral("not ticked")));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    wizard.reject();
}

TEST_CASE("The cause list asks before throwing away a change and keeps the list as stored", "[ui][review]")
{
    ReviewFixture f;
    const auto before = *CauseTaxonomyRepository(*f.workspace).all();
    CauseTaxonomyDialog dialog(*f.workspace);
    dialog.show();
    MessageBox::setNextAnswer(QMessageBox::Cancel);  // were it to ask, Cancel would keep it open
    dialog.reject();
    CHECK(dialog.isHidden());

    dialog.show();
    dialog.table()->item(0, CauseTaxonomyDialog::Label)->setText(QStringLiteral("Asupan makanan kurang"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog.reject();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Discard")));
    CHECK(dialog.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog.reject();
    CHECK(dialog.isHidden());
    const auto after = *CauseTaxonomyRepository(*f.workspace).all();
    REQUIRE(after.size() == before.size());
    CHECK(after.first().label == before.first().label);
}

TEST_CASE("Screenshots of the review wizard", "[.screenshot]")
{
    ReviewFixture f;
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    const AuditCase auditCase = f.firstCase(true);
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        Language::apply(language);
        ReviewCaseListDialog list(*f.workspace, f.current.id);
        list.show();
        list.grab().save(QStringLiteral("/tmp/tuntas-shots/review-0-cases-%1.png").arg(language));
        ReviewWizard wizard(*f.workspace, auditCase.id);
        wizard.resize(1340, 720);
        wizard.show();
        for (int page = 1; page <= 4; ++page) {
            wizard.grab().save(QStringLiteral("/tmp/tuntas-shots/review-%1-%2.png").arg(page).arg(language));
            wizard.next();
        }
        CauseTaxonomyDialog taxonomy(*f.workspace);
        taxonomy.show();
        taxonomy.grab().save(QStringLiteral("/tmp/tuntas-shots/review-5-causes-list-%1.png").arg(language));
    }
    Language::apply(QStringLiteral("en"));
}

TEST_CASE("The expert review stage opens the case list, and a case signed there updates the stage strip", "[ui][wizard][review]")
{
    ReviewFixture f;
    const QString path = f.workspace->path();
    const AuditCase unsignedCase = f.firstCase(false);
    f.workspace.reset();
    UiTest::freshSettings();
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(path));
    CycleView *view = window.cycleView();
    REQUIRE(view);
    StageCard *card = view->stageStrip()->cards().at(int(CycleStage::ExpertReview));
    const QStringList before = card->progress().missing.filter(QStringLiteral("without a signed expert review"));
    REQUIRE(before.size() == 1);

    bool listed = false;
    UiTest::whenShown<ReviewCaseListDialog>([&](ReviewCaseListDialog *dialog) {
        for (int row = 0; row < dialog->table()->rowCount(); ++row) {
            if (dialog->table()->item(row, ReviewCaseListDialog::CaseCode)->text() != unsignedCase.caseCode)
                continue;
            listed = true;
            ReviewCaseListDialog::setWizardHook([](ReviewWizard &wizard) {
                wizard.show();
                wizard.next();
                wizard.next();
                wizard.next();
                auto *signOff = qobject_cast<SignOffPage *>(wizard.currentPage());
                signOff->expertList()->item(0)->setCheckState(Qt::Checked);
                signOff->signedBox()->setChecked(true);
                signOff->signedOnEdit()->setDate(QDate(2024, 8, 30));
                wizard.button(QWizard::FinishButton)->click();
            });
            dialog->openCase(row);
            ReviewCaseListDialog::setWizardHook(nullptr);
        }
        dialog->accept();
    });
    QTest::mouseClick(card->openButton(), Qt::LeftButton);
    CHECK(listed);
    card = window.cycleView()->stageStrip()->cards().at(int(CycleStage::ExpertReview));
    const QStringList after = card->progress().missing.filter(QStringLiteral("without a signed expert review"));
    REQUIRE(after.size() == 1);
    CHECK(after[0] != before[0]);
    CHECK(after[0].section(QLatin1Char(' '), 0, 0).toInt() == before[0].section(QLatin1Char(' '), 0, 0).toInt() - 1);
}

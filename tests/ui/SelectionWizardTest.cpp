#include <catch2/catch.hpp>

#include "Language.h"
#include "MessageBox.h"
#include "demo/DemoDistrict.h"
#include "models/CandidateTableModel.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/ListRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/Workspace.h"
#include "wizards/CandidatesPage.h"
#include "wizards/SelectionReviewPage.h"
#include "wizards/SelectionWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct SelectionFixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    Cycle current;
    SelectionFixture()
    {
        Language::apply(QStringLiteral("en"));
        auto created = Workspace::create(dir.filePath(QStringLiteral("w.tuntas")));
        REQUIRE(created.ok());
        workspace = std::move(created.value());
        REQUIRE(DemoDistrict::populate(*workspace, QDate(2024, 9, 16)));
        current = CycleRepository(*workspace).all()->first();
    }
};
}

TEST_CASE("The selection wizard filters candidates, records reasons and stores coded cases", "[ui][wizard][selection]")
{
    SelectionFixture f;
    SelectionWizard wizard(*f.workspace, f.current.id);
    wizard.show();
    auto *page = qobject_cast<CandidatesPage *>(wizard.currentPage());
    REQUIRE(page);
    CHECK(page->quotaLabel()->text().contains(QStringLiteral("BUFAS 1/2")));
    QAbstractItemModel *view = page->view()->model();
    CHECK(view->rowCount() == 300);

    page->groupFilter()->setCurrentIndex(page->groupFilter()->findData(QStringLiteral("BUFAS")));
    CHECK(view->rowCount() == 50);
    page->riskOnly()->setChecked(true);
    const int atRisk = view->rowCount();
    CHECK(atRisk > 0);
    CHECK(atRisk < 50);

    // Tick the first at-risk BUFAS candidate who is not a case yet.
    int row = 0;
    while (row < view->rowCount() && view->index(row, CandidateTableModel::Selected).data().toString() == QStringLiteral("already a case"))
        ++row;
    REQUIRE(row < view->rowCount());
    const QModelIndex tick = view->index(row, CandidateTableModel::Selected);
    const QString name = view->index(row, CandidateTableModel::Name).data().toString();
    REQUIRE(view->setData(tick, Qt::Checked, Qt::CheckStateRole));
    page->view()->setCurrentIndex(view->index(row, CandidateTableModel::Name));
    CHECK(page->quotaLabel()->text().contains(QStringLiteral("BUFAS 2/2")));

    wizard.next();
    auto *review = qobject_cast<SelectionReviewPage *>(wizard.currentPage());
    REQUIRE(review);
    CHECK_FALSE(review->isComplete());  // no reason yet
    CHECK(review->summary()->text().contains(QStringLiteral("give a reason")));
    wizard.back();

    // The ticked row may have moved when sorting by the tick column; find it again by name.
    for (int r = 0; r < view->rowCount(); ++r) {
        if (view->index(r, CandidateTableModel::Name).data().toString() == name)
            page->view()->setCurrentIndex(view->index(r, CandidateTableModel::Name));
    }
    REQUIRE(page->reasonBoxes().at(3)->isEnabled());
    page->reasonBoxes().at(3)->setChecked(true);  // high-risk mother or bride
    QTest::keyClicks(page->noteEdit(), QStringLiteral("LiLA 22,5 cm"));
    wizard.next();
    CHECK(review->isComplete());
    CHECK(review->summary()->text().contains(name.toHtmlEscaped()));
    wizard.accept();
    REQUIRE(wizard.result() == QDialog::Accepted);
    CHECK(wizard.storedCodes() == QStringList{QStringLiteral("AKS-2024-2-BFS-02")});
    auto stored = CaseRepository(*f.workspace).findByCode(QStringLiteral("AKS-2024-2-BFS-02"));
    REQUIRE(stored.ok());
    CHECK(stored->reasons == QList<SelectionReason>{SelectionReason::HighRiskMother});
    INFO(stored->selectionNote.toStdString());
    CHECK(stored->selectionNote == QStringLiteral("LiLA 22,5 cm"));
}

TEST_CASE("Cancelling a selection asks first and stores nothing", "[ui][wizard][selection]")
{
    SelectionFixture f;
    SelectionWizard wizard(*f.workspace, f.current.id);
    wizard.show();
    auto *page = qobject_cast<CandidatesPage *>(wizard.currentPage());
    QAbstractItemModel *view = page->view()->model();
    int row = 0;
    while (view->index(row, CandidateTableModel::Selected).data().toString() == QStringLiteral("already a case"))
        ++row;
    view->setData(view->index(row, CandidateTableModel::Selected), Qt::Checked, Qt::CheckStateRole);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    wizard.reject();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Discard")));
    CHECK(CaseRepository(*f.workspace).forCycle(f.current.id)->size() == 9);
}

TEST_CASE("Screenshots of the selection wizard", "[.screenshot]")
{
    SelectionFixture f;
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        Language::apply(language);
        SelectionWizard wizard(*f.workspace, f.current.id);
        wizard.resize(1300, 700);
        wizard.show();
        auto *page = qobject_cast<CandidatesPage *>(wizard.currentPage());
        page->riskOnly()->setChecked(true);
        wizard.grab().save(QStringLiteral("/tmp/tuntas-shots/selection-1-%1.png").arg(language));
        wizard.next();
        wizard.grab().save(QStringLiteral("/tmp/tuntas-shots/selection-2-%1.png").arg(language));
    }
    Language::apply(QStringLiteral("en"));
}

TEST_CASE("A mother with a stored smoking answer is a candidate at risk, the rule named", "[ui][wizard][selection][risk]")
{
    SelectionFixture f;
    const auto answers = ListRepository(*f.workspace).riskAnswers();
    REQUIRE(answers.ok());
    SelectionWizard wizard(*f.workspace, f.current.id);
    wizard.show();
    auto *page = qobject_cast<CandidatesPage *>(wizard.currentPage());
    REQUIRE(page);
    page->groupFilter()->setCurrentIndex(page->groupFilter()->findData(QStringLiteral("BUMIL")));
    QAbstractItemModel *view = page->view()->model();
    REQUIRE(view->rowCount() > 0);
    const QList<Subject> mothers = *SubjectRepository(*f.workspace).all(TargetGroup::Bumil);
    QStringList all;
    for (const Subject &s : mothers)
        all << s.name;
    QStringList names;  // smokers, by name when the name is unique among the group
    for (const Subject &s : mothers) {
        if (answers->value(s.id).value(QStringLiteral("smoking_exposure")) == QStringLiteral("yes") && all.count(s.name) == 1)
            names << s.name;
    }
    REQUIRE_FALSE(names.isEmpty());
    int checked = 0;
    for (int r = 0; r < view->rowCount(); ++r) {
        if (!names.contains(view->index(r, CandidateTableModel::Name).data().toString()))
            continue;
        ++checked;
        CHECK(view->index(r, 0).data(CandidateTableModel::AtRiskRole).toString() == QStringLiteral("risk"));
        CHECK(view->index(r, CandidateTableModel::Screening).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Exposed to cigarette smoke")));
    }
    CHECK(checked == names.size());
    page->riskOnly()->setChecked(true);
    CHECK(view->rowCount() >= names.size());
}

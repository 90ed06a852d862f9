#include <catch2/catch.hpp>

#include "CaseDeleter.h"
#include "CycleView.h"
#include "ListPanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "models/CaseTableModel.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/SubjectRepository.h"

#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

namespace {
struct DemoWindow {
    QTemporaryDir dir;
    MainWindow window;

    DemoWindow()
    {
        UiTest::freshSettings();
        window.resize(1366, 698);
        window.show();
        REQUIRE(window.openWorkspace(UiTest::makeDemo(dir)));
    }

    CycleView *view() const { return window.cycleView(); }
    CaseDeleter *deleter() const { return window.caseDeleter(); }

    QStringList caseCodes() const
    {
        QStringList codes;
        const QAbstractItemModel *model = view()->casesPanel()->proxy();
        for (int row = 0; row < model->rowCount(); ++row)
            codes.append(model->index(row, CaseTableModel::Code).data().toString());
        return codes;
    }

    void selectCase(const QString &code)
    {
        view()->tabs()->setCurrentWidget(view()->casesPanel());
        const int row = int(caseCodes().indexOf(code));
        REQUIRE(row >= 0);
        view()->casesPanel()->view()->selectRow(row);
    }

    QString firstCaseOfCurrentCycle() const
    {
        return CaseRepository(*window.workspace()).forCycle(view()->currentCycleId())->first().caseCode;
    }
};

QAction *menuAction(QMainWindow &window, const QString &menu, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text() == menu) {
            for (QAction *action : top->menu()->actions())
                if (action->text() == text)
                    return action;
        }
    }
    FAIL("No action " << text.toStdString() << " in menu " << menu.toStdString());
    return nullptr;
}
}

TEST_CASE("Deleting a case with a review and RTL items asks, shows what goes with it, and Ctrl+Z brings it back", "[ui][casedelete]")
{
    DemoWindow demo;
    const QString code = demo.firstCaseOfCurrentCycle();
    QAction *undo = menuAction(demo.window, QStringLiteral("&Edit"), QStringLiteral("&Undo"));
    QAction *remove = menuAction(demo.window, QStringLiteral("&Edit"), QStringLiteral("&Delete case…"));
    CHECK_FALSE(undo->isEnabled());
    CHECK_FALSE(remove->isEnabled());  // nothing selected yet
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    // The list of cases has the action as a button and in its context menu.
    QToolButton *button = nullptr;
    for (QToolButton *candidate : demo.view()->casesPanel()->findChildren<QToolButton *>()) {
        if (candidate->defaultAction() == remove)
            button = candidate;
    }
    REQUIRE(button != nullptr);
    CHECK(demo.view()->casesPanel()->view()->actions().contains(remove));

    demo.selectCase(code);
    CHECK(button->isVisible());
    REQUIRE(remove->isEnabled());
    const int before = int(demo.caseCodes().size());

    // Cancelled: the question named the case and what goes with it; nothing changed.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(button, Qt::LeftButton);
    const QString asked = MessageBox::lastText();
    CHECK(asked.contains(code));
    CHECK(asked.contains(QStringLiteral("1 expert review")));
    CHECK(asked.contains(QStringLiteral("1 RTL item")));
    CHECK(asked.contains(QStringLiteral("3 recommendation")));
    CHECK(demo.caseCodes().contains(code));
    CHECK_FALSE(undo->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK_FALSE(demo.caseCodes().contains(code));
    CHECK(demo.caseCodes().size() == before - 1);
    CHECK_FALSE(CaseRepository(*demo.window.workspace()).findByCode(code).ok());
    REQUIRE(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("&Undo delete of case %1").arg(code));

    demo.view()->tabs()->setCurrentWidget(demo.view()->subjectsPanel());
    REQUIRE(QTest::qWaitForWindowActive(&demo.window));
    demo.view()->subjectsPanel()->view()->setFocus();
    QTest::keyClick(demo.view()->subjectsPanel()->view(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(demo.caseCodes().contains(code));
    CHECK(demo.caseCodes().size() == before);
    CHECK(demo.view()->tabs()->currentWidget() == demo.view()->casesPanel());
    CHECK(CaseRepository(*demo.window.workspace()).review(CaseRepository(*demo.window.workspace()).findByCode(code)->id)->has_value());
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("&Undo"));
    CHECK(demo.window.workspace()->integrityProblems().isEmpty());
}

TEST_CASE("Deleted cases come back last first, also after their workspace was closed and opened again", "[ui][casedelete]")
{
    DemoWindow demo;
    const QString path = demo.window.workspace()->path();
    const auto cases = *CaseRepository(*demo.window.workspace()).forCycle(demo.view()->currentCycleId());
    for (int i = 0; i < 2; ++i) {
        demo.selectCase(cases.at(i).caseCode);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        REQUIRE(demo.deleter()->deleteSelected());
    }
    CHECK(demo.deleter()->undoAction()->text().contains(cases.at(1).caseCode));
    REQUIRE(demo.deleter()->undoLast());
    CHECK(demo.caseCodes().contains(cases.at(1).caseCode));
    CHECK_FALSE(demo.caseCodes().contains(cases.at(0).caseCode));
    CHECK(demo.deleter()->undoAction()->text().contains(cases.at(0).caseCode));

    // Another workspace does not offer this workspace's case.
    demo.window.closeWorkspace();
    CHECK(demo.deleter()->undoableCount() == 0);
    CHECK_FALSE(demo.deleter()->undoAction()->isEnabled());
    REQUIRE(demo.window.openWorkspace(UiTest::makeDemo(demo.dir, QStringLiteral("other.tuntas"))));
    CHECK(demo.deleter()->undoableCount() == 0);
    CHECK_FALSE(demo.deleter()->undoLast());

    REQUIRE(demo.window.openWorkspace(path));
    CHECK(demo.deleter()->undoableCount() == 1);
    CHECK(demo.deleter()->undoAction()->text().contains(cases.at(0).caseCode));
    REQUIRE(demo.deleter()->undoLast());
    CHECK(demo.caseCodes().contains(cases.at(0).caseCode));
    CHECK(demo.deleter()->undoableCount() == 0);
}

TEST_CASE("A case of the closed cycle is refused with a reason, a bare case needs only a simple yes", "[ui][casedelete]")
{
    DemoWindow demo;
    QComboBox *cycles = demo.view()->cycleSelector();
    const auto all = *CycleRepository(*demo.window.workspace()).all();
    cycles->setCurrentIndex(cycles->findData(all.at(1).id));  // cycle 1 of 2024, closed
    const QString closedCode = demo.firstCaseOfCurrentCycle();
    demo.selectCase(closedCode);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(demo.deleter()->deleteSelected());
    CHECK(MessageBox::lastText().contains(QStringLiteral("closed")));
    CHECK(demo.caseCodes().contains(closedCode));
    CHECK(demo.deleter()->undoableCount() == 0);

    cycles->setCurrentIndex(cycles->findData(all.at(0).id));
    Subject subject;
    subject.group = TargetGroup::Bufas;
    subject.name = QStringLiteral("Ibu nifas tanpa kajian");
    REQUIRE(SubjectRepository(*demo.window.workspace()).save(subject));
    AuditCase bare;
    bare.cycleId = all.at(0).id;
    bare.subjectId = subject.id;
    bare.auditNumber = 50;
    bare.caseCode = QStringLiteral("AKS-2024-2-BDT-50");
    REQUIRE(CaseRepository(*demo.window.workspace()).save(bare));
    demo.view()->reload();
    demo.selectCase(bare.caseCode);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(demo.deleter()->deleteSelected());
    CHECK(MessageBox::lastText() == QStringLiteral("Delete case %1? It has no review, RTL items or visits yet; the subject stays registered.").arg(bare.caseCode));
    CHECK_FALSE(demo.caseCodes().contains(bare.caseCode));
    CHECK(SubjectRepository(*demo.window.workspace()).find(subject.id).ok());
}

// Not part of the normal run: `tuntas_ui_tests "[.screenshot]"` writes PNGs to /tmp/tuntas-shots.
TEST_CASE("Screenshots of deleting a case", "[.screenshot]")
{
    DemoWindow demo;
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    demo.selectCase(demo.firstCaseOfCurrentCycle());
    QCoreApplication::processEvents();
    demo.window.grab().save(QStringLiteral("/tmp/tuntas-shots/case-delete-list.png"));
    UiTest::whenShown<QMessageBox>([](QMessageBox *box) {
        box->grab().save(QStringLiteral("/tmp/tuntas-shots/case-delete-question.png"));
        box->reject();
    });
    demo.deleter()->deleteSelected();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(demo.deleter()->deleteSelected());
    QCoreApplication::processEvents();
    for (QAction *top : demo.window.menuBar()->actions()) {
        if (top->text() == QStringLiteral("&Edit")) {
            top->menu()->popup(demo.window.mapToGlobal(QPoint(60, 20)));
            QCoreApplication::processEvents();
            top->menu()->grab().save(QStringLiteral("/tmp/tuntas-shots/case-delete-edit-menu.png"));
            top->menu()->close();
        }
    }
}

#include <catch2/catch.hpp>

#include "CycleView.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "OptionalDateEdit.h"
#include "audit/OverdueItems.h"
#include "audit/RtlApproval.h"
#include "rtl/ActionItemDialog.h"
#include "rtl/ApprovalDialog.h"
#include "rtl/OverdueDialog.h"
#include "rtl/RtlTrackerView.h"
#include "storage/ActionItemRepository.h"
#include "storage/CycleRepository.h"
#include "storage/ListRepository.h"
#include "storage/RtlRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using UiTest::freshSettings;
using UiTest::makeDemo;

namespace {
const QDate DemoToday(2024, 9, 16);

struct DemoCycles {
    qint64 finished = 0;  // cycle 1 of 2024, closed
    qint64 current = 0;   // cycle 2 of 2024, under way
};

DemoCycles demoCycles(Workspace &workspace)
{
    auto cycles = CycleRepository(workspace).all();
    REQUIRE(cycles.ok());
    REQUIRE(cycles->size() == 2);
    return {cycles->at(1).id, cycles->at(0).id};
}

QList<QTreeWidgetItem *> itemLines(QTreeWidget *tree)
{
    QList<QTreeWidgetItem *> lines;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->parent())
            lines.append(*it);
    }
    return lines;
}

ActionItem itemOf(Workspace &w, QTreeWidgetItem *line)
{
    auto item = ActionItemRepository(w).find(line->data(0, Qt::UserRole).toLongLong());
    REQUIRE(item.ok());
    return *item;
}

// Every subject's name and NIK: none may appear on a screen meant for meetings. The demo's officials
// (the approving TPPS chair) may share a name with a subject; theirs is shown by right.
QStringList identitiesOf(Workspace &w)
{
    QStringList identities;
    QSqlQuery query(w.database());
    REQUIRE(query.exec(QStringLiteral("SELECT name, nik FROM subject WHERE name NOT IN (SELECT name FROM person)")));
    while (query.next()) {
        for (int column : {0, 1}) {
            if (!query.value(column).toString().isEmpty())
                identities << query.value(column).toString();
        }
    }
    return identities;
}

QStringList groupTitles(QTreeWidget *tree)
{
    QStringList titles;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        titles.append(tree->topLevelItem(i)->text(0));
    return titles;
}

int itemCount(Workspace &workspace, qint64 cycleId)
{
    auto items = ActionItemRepository(workspace).forCycle(cycleId);
    REQUIRE(items.ok());
    return int(items->size());
}
}

TEST_CASE("The RTL tracker groups a cycle's items by agency or by case and marks the overdue ones", "[ui][rtl]")
{
    freshSettings();
    QTemporaryDir dir;
    auto workspace = Workspace::open(makeDemo(dir));
    REQUIRE(workspace.ok());
    Workspace &w = **workspace;
    const DemoCycles cycles = demoCycles(w);
    const int total = itemCount(w, cycles.current);
    REQUIRE(total > 0);

    RtlTrackerView tracker(w, cycles.current);
    tracker.setToday(DemoToday);
    tracker.show();
    QTreeWidget *tree = tracker.tree();
    CHECK(itemLines(tree).size() == total);
    // Plural forms come from the English .ts file; the text up to them is checked.
    CHECK(tracker.summaryLabel()->text().startsWith(QStringLiteral("%1 of %1 item").arg(total)));

    // By agency: every line under its agency's group.
    for (QTreeWidgetItem *line : itemLines(tree))
        CHECK(line->parent()->text(0).startsWith(line->text(RtlTrackerView::Agency)));

    // Overdue lines say so in words and in colour; the others are neither.
    auto overdue = OverdueItems(w).inCycle(cycles.current, DemoToday);
    REQUIRE(overdue.ok());
    REQUIRE_FALSE(overdue->isEmpty());
    int marked = 0;
    for (QTreeWidgetItem *line : itemLines(tree)) {
        const bool saysOverdue = line->text(RtlTrackerView::Status).contains(QStringLiteral("overdue"));
        const bool red = line->foreground(RtlTrackerView::Activity).color() == QColor(0xb0, 0x1e, 0x1e);
        CHECK(saysOverdue == red);
        marked += saysOverdue ? 1 : 0;
    }
    CHECK(marked == overdue->size());
    CHECK(tracker.overdueList()->topLevelItemCount() == overdue->size());
    CHECK(tracker.tabs()->tabText(1) == QStringLiteral("&Overdue (%1)").arg(overdue->size()));
    CHECK(tracker.overdueList()->topLevelItem(0)->text(RtlTrackerView::OverdueDays) == QStringLiteral("2"));

    // By case: case codes, the general items last, never a subject's name.
    tracker.groupingBox()->setCurrentIndex(1);
    const QStringList groups = groupTitles(tree);
    REQUIRE(groups.size() > 1);
    CHECK(groups.last().startsWith(QStringLiteral("General (3 item")));
    for (int i = 0; i + 1 < groups.size(); ++i)
        CHECK(groups.at(i).startsWith(QStringLiteral("AKS-")));
    CHECK(itemLines(tree).size() == total);
    const QStringList identities = identitiesOf(w);
    REQUIRE(identities.size() > 300);
    for (QTreeWidget *list : {tree, tracker.overdueList()}) {
        for (QTreeWidgetItemIterator it(list); *it; ++it) {
            for (int column = 0; column < list->columnCount(); ++column) {
                for (const QString &text : {(*it)->text(column), (*it)->toolTip(column)}) {
                    for (const QString &identity : identities)
                        REQUIRE_FALSE(text.contains(identity));
                }
            }
        }
    }

    // The status filter narrows the lines. The demo's current cycle has nothing done yet: one is now.
    ActionItem finished = itemOf(w, itemLines(tree).first());
    finished.status = ActionStatus::Done;
    REQUIRE(ActionItemRepository(w).saveWithEvaluationDate(finished, DemoToday));
    tracker.reload();
    tracker.statusFilter()->setCurrentIndex(tracker.statusFilter()->findText(QStringLiteral("In progress")));
    const QList<QTreeWidgetItem *> inProgress = itemLines(tree);
    CHECK_FALSE(inProgress.isEmpty());
    CHECK(inProgress.size() < total);
    for (QTreeWidgetItem *line : inProgress)
        CHECK(line->text(RtlTrackerView::Status).startsWith(QStringLiteral("In progress")));
    CHECK(tracker.summaryLabel()->text().startsWith(QStringLiteral("%1 of %2 item").arg(inProgress.size()).arg(total)));
    tracker.statusFilter()->setCurrentIndex(tracker.statusFilter()->findText(QStringLiteral("Done")));
    REQUIRE(itemLines(tree).size() == 1);
    CHECK(itemOf(w, itemLines(tree).first()).id == finished.id);
    tracker.statusFilter()->setCurrentIndex(tracker.statusFilter()->findText(QStringLiteral("Not done yet")));
    CHECK(itemLines(tree).size() == total - 1);
}

TEST_CASE("Deleting RTL items in the tracker asks first", "[ui][rtl]")
{
    freshSettings();
    QTemporaryDir dir;
    auto workspace = Workspace::open(makeDemo(dir));
    REQUIRE(workspace.ok());
    Workspace &w = **workspace;
    const DemoCycles cycles = demoCycles(w);
    const int total = itemCount(w, cycles.current);

    RtlTrackerView tracker(w, cycles.current);
    tracker.show();
    CHECK_FALSE(tracker.deleteButton()->isEnabled());
    const QList<QTreeWidgetItem *> lines = itemLines(tracker.tree());
    lines.at(0)->setSelected(true);
    lines.at(1)->setSelected(true);
    REQUIRE(tracker.selectedItemIds().size() == 2);
    CHECK(tracker.deleteButton()->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(tracker.deleteButton(), Qt::LeftButton);
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("Delete 2 RTL item")));
    CHECK(itemCount(w, cycles.current) == total);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(tracker.deleteButton(), Qt::LeftButton);
    CHECK(itemCount(w, cycles.current) == total - 2);
    CHECK(itemLines(tracker.tree()).size() == total - 2);
}

TEST_CASE("The tracker adds and edits items through the RTL item dialog", "[ui][rtl]")
{
    freshSettings();
    QTemporaryDir dir;
    auto workspace = Workspace::open(makeDemo(dir));
    REQUIRE(workspace.ok());
    Workspace &w = **workspace;
    const DemoCycles cycles = demoCycles(w);
    const int total = itemCount(w, cycles.current);

    RtlTrackerView tracker(w, cycles.current);
    tracker.show();
    UiTest::whenShown<ActionItemDialog>([](ActionItemDialog *dialog) {
        QTest::keyClicks(dialog->activityEdit(), QStringLiteral("Kunjungan rumah oleh bidan desa"));
        dialog->agencyBox()->setCurrentIndex(1);
        dialog->startEdit()->setValue(QDate(2024, 9, 1));
        dialog->dueEdit()->setValue(QDate(2024, 11, 30));
        dialog->accept();
    });
    QTest::mouseClick(tracker.addButton(), Qt::LeftButton);
    REQUIRE(itemCount(w, cycles.current) == total + 1);
    CHECK(itemLines(tracker.tree()).size() == total + 1);
    const QList<qint64> added = tracker.selectedItemIds();
    REQUIRE(added.size() == 1);
    auto stored = ActionItemRepository(w).find(added.first());
    REQUIRE(stored.ok());
    CHECK(stored->cycleId == cycles.current);
    CHECK(stored->activity == QStringLiteral("Kunjungan rumah oleh bidan desa"));

    CHECK(tracker.editButton()->isEnabled());
    UiTest::whenShown<ActionItemDialog>([](ActionItemDialog *dialog) {
        CHECK(dialog->activityEdit()->text() == QStringLiteral("Kunjungan rumah oleh bidan desa"));
        dialog->activityEdit()->setText(QStringLiteral("Kunjungan rumah oleh bidan koordinator"));
        dialog->accept();
    });
    QTest::mouseClick(tracker.editButton(), Qt::LeftButton);
    CHECK(ActionItemRepository(w).find(added.first())->activity == QStringLiteral("Kunjungan rumah oleh bidan koordinator"));
    bool shown = false;
    for (QTreeWidgetItem *line : itemLines(tracker.tree()))
        shown = shown || line->text(RtlTrackerView::Activity) == QStringLiteral("Kunjungan rumah oleh bidan koordinator");
    CHECK(shown);
    CHECK(itemCount(w, cycles.current) == total + 1);

    // Editing needs exactly one item.
    itemLines(tracker.tree()).at(0)->setSelected(true);
    itemLines(tracker.tree()).at(1)->setSelected(true);
    CHECK_FALSE(tracker.editButton()->isEnabled());
}

TEST_CASE("The tracker approves the selected items in the TPPS chair's name", "[ui][rtl]")
{
    freshSettings();
    QTemporaryDir dir;
    auto workspace = Workspace::open(makeDemo(dir));
    REQUIRE(workspace.ok());
    Workspace &w = **workspace;
    const DemoCycles cycles = demoCycles(w);

    RtlTrackerView tracker(w, cycles.current);
    tracker.show();
    QList<qint64> unapproved;
    for (QTreeWidgetItem *line : itemLines(tracker.tree())) {
        if (line->text(RtlTrackerView::Approved) == QStringLiteral("Not yet") && unapproved.size() < 2)
            unapproved.append(line->data(0, Qt::UserRole).toLongLong());
    }
    REQUIRE(unapproved.size() == 2);
    tracker.selectItems(unapproved);
    const QString chair = *RtlApproval(w).defaultApprover(cycles.current);
    REQUIRE_FALSE(chair.isEmpty());

    QString proposed;
    UiTest::whenShown<ApprovalDialog>([&](ApprovalDialog *dialog) {
        proposed = dialog->nameEdit()->text();
        dialog->dateEdit()->setDate(QDate(2024, 9, 10));
        dialog->nameEdit()->clear();
        dialog->accept();  // refused: no name
        CHECK(dialog->problemLabel()->isVisibleTo(dialog));
        dialog->nameEdit()->setText(chair);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(tracker.approveButton(), Qt::LeftButton);
    CHECK(proposed == chair);
    for (qint64 id : unapproved) {
        auto item = ActionItemRepository(w).find(id);
        REQUIRE(item.ok());
        CHECK(item->approvedOn == QDate(2024, 9, 10));
        CHECK(item->approvedBy == chair);
    }
    const QList<qint64> reselected = tracker.selectedItemIds();
    CHECK(QSet<qint64>(reselected.begin(), reselected.end()) == QSet<qint64>(unapproved.begin(), unapproved.end()));
}

TEST_CASE("The tracker carries unfinished items into the next cycle, and says when there is none", "[ui][rtl]")
{
    freshSettings();
    QTemporaryDir dir;
    auto workspace = Workspace::open(makeDemo(dir));
    REQUIRE(workspace.ok());
    Workspace &w = **workspace;
    const DemoCycles cycles = demoCycles(w);
    const int currentItems = itemCount(w, cycles.current);

    SECTION("The current cycle has no next one: nothing is created")
    {
        RtlTrackerView tracker(w, cycles.current);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        tracker.carryUnfinished();
        CHECK(MessageBox::lastText().contains(QStringLiteral("no cycle after this one")));
        CHECK(itemCount(w, cycles.current) == currentItems);
        auto all = CycleRepository(w).all();
        REQUIRE(all.ok());
        CHECK(all->size() == 2);
    }
    SECTION("The finished cycle's unfinished items go into the current one, once")
    {
        auto finished = RtlRepository(w).items(cycles.finished);
        REQUIRE(finished.ok());
        QList<qint64> unfinished;
        for (const RtlItemRow &row : *finished) {
            if (!row.item.isFinished())
                unfinished.append(row.item.id);
        }
        REQUIRE_FALSE(unfinished.isEmpty());
        RtlTrackerView tracker(w, cycles.finished);
        tracker.show();

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(tracker.carryButton(), Qt::LeftButton);
        CHECK(MessageBox::lastText().startsWith(QStringLiteral("Carry %1 unfinished item").arg(unfinished.size())));
        CHECK(MessageBox::lastText().contains(QStringLiteral("into cycle 2 of 2024?")));
        CHECK(itemCount(w, cycles.current) == currentItems);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(tracker.carryButton(), Qt::LeftButton);
        CHECK(itemCount(w, cycles.current) == currentItems + unfinished.size());
        CHECK(tracker.summaryLabel()->text().contains(QStringLiteral("carried into cycle 2 of 2024")));
        for (QTreeWidgetItem *line : itemLines(tracker.tree())) {
            if (unfinished.contains(line->data(0, Qt::UserRole).toLongLong()))
                CHECK(line->text(RtlTrackerView::Status).contains(QStringLiteral("carried into a later cycle")));
        }
        // The carried items show their old cases' codes in the current cycle.
        auto carried = RtlRepository(w).items(cycles.current);
        REQUIRE(carried.ok());
        int withOldCase = 0;
        for (const RtlItemRow &row : *carried) {
            if (row.item.carriedFromId && !row.caseCode.isEmpty()) {
                CHECK(row.caseCode.contains(QStringLiteral("2024-1")));
                ++withOldCase;
            }
        }
        CHECK(withOldCase > 0);

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(tracker.carryButton(), Qt::LeftButton);
        CHECK(MessageBox::lastText().contains(QStringLiteral("no unfinished items left")));
        CHECK(itemCount(w, cycles.current) == currentItems + unfinished.size());
    }
}

TEST_CASE("The overdue list opens with a workspace that has overdue items, and leads to the tracker", "[ui][rtl][mainwindow]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(path));
    auto expected = OverdueItems(*window.workspace()).inOpenCycles(QDate::currentDate());
    REQUIRE(expected.ok());
    REQUIRE_FALSE(expected->isEmpty());  // the demo is dated 2024
    OverdueDialog *overdue = window.overdueDialog();
    REQUIRE(overdue != nullptr);
    CHECK(overdue->isVisible());
    CHECK_FALSE(overdue->isModal());
    QTreeWidget *list = overdue->list();
    REQUIRE(list->topLevelItemCount() == expected->size());
    QTreeWidgetItem *first = list->topLevelItem(0);
    CHECK((first->text(OverdueDialog::Case).startsWith(QStringLiteral("AKS-")) || first->text(OverdueDialog::Case) == QStringLiteral("General")));
    CHECK(first->text(OverdueDialog::DaysOverdue).toInt() == expected->at(0).item.dueDate.daysTo(QDate::currentDate()));
    CHECK(first->text(OverdueDialog::Cycle) == QStringLiteral("2024-2"));

    int trackerGroups = 0;
    UiTest::whenShown<RtlTrackerView>([&](RtlTrackerView *tracker) {
        trackerGroups = tracker->tree()->topLevelItemCount();
        tracker->reject();
    });
    QTest::mouseClick(overdue->trackerButton(), Qt::LeftButton);
    CHECK(trackerGroups > 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.overdueDialog() == nullptr);  // closed on the way to the tracker
}

TEST_CASE("No overdue list opens when nothing is overdue", "[ui][rtl][mainwindow]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    {
        auto workspace = Workspace::open(path);
        REQUIRE(workspace.ok());
        auto cycles = CycleRepository(**workspace).all();
        REQUIRE(cycles.ok());
        for (const Cycle &cycle : *cycles) {
            auto items = ActionItemRepository(**workspace).forCycle(cycle.id);
            REQUIRE(items.ok());
            for (ActionItem item : *items) {
                item.status = ActionStatus::Done;
                REQUIRE(ActionItemRepository(**workspace).save(item));
            }
        }
    }
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(path));
    CHECK(window.overdueDialog() == nullptr);
    window.closeWorkspace();

    const QString empty = dir.filePath(QStringLiteral("empty.tuntas"));
    REQUIRE(Workspace::create(empty).ok());
    REQUIRE(window.openWorkspace(empty));
    CHECK(window.overdueDialog() == nullptr);
}

TEST_CASE("The tracker opens from the Cycle menu and from the cycle view's RTL list", "[ui][rtl][mainwindow]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(path));
    if (window.overdueDialog())
        window.overdueDialog()->close();
    const qint64 current = window.cycleView()->currentCycleId();

    QString title;
    UiTest::whenShown<RtlTrackerView>([&](RtlTrackerView *tracker) {
        title = tracker->windowTitle();
        tracker->reject();
    });
    QAction *menuAction = UiTest::action(&window, QStringLiteral("&Follow-up plan (RTL)…"));
    CHECK(menuAction->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    menuAction->trigger();
    CHECK(title == QStringLiteral("Follow-up plan (RTL) — Cycle 2 of 2024"));

    title.clear();
    UiTest::whenShown<RtlTrackerView>([&](RtlTrackerView *tracker) {
        title = tracker->windowTitle();
        tracker->reject();
    });
    window.cycleView()->tabs()->setCurrentIndex(2);
    QTest::mouseClick(window.cycleView()->trackerButton(), Qt::LeftButton);
    CHECK(title == QStringLiteral("Follow-up plan (RTL) — Cycle 2 of 2024"));
    CHECK(window.cycleView()->currentCycleId() == current);
}

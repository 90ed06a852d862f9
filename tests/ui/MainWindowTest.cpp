#include <catch2/catch.hpp>

#include "CycleView.h"
#include "Language.h"
#include "ListPanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RecentWorkspaces.h"
#include "RiskThresholdsEditor.h"
#include "SettingsDialog.h"
#include "storage/SettingsRepository.h"
#include "StageCard.h"
#include "StageStrip.h"
#include "UiTestSupport.h"
#include "WelcomePage.h"
#include "demo/DemoDistrict.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QCommandLinkButton>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using UiTest::freshSettings;
using UiTest::makeDemo;

TEST_CASE("Without a workspace the window offers the three ways to start", "[ui][mainwindow]")
{
    freshSettings();
    MainWindow window;
    window.show();
    REQUIRE(window.welcomePage() != nullptr);
    CHECK(window.cycleView() == nullptr);
    CHECK(window.welcomePage()->newButton()->isVisible());
    CHECK(window.welcomePage()->demoButton()->text().contains(QStringLiteral("demonstration")));
    CHECK(window.welcomePage()->demoButton()->description().contains(QStringLiteral("invented district")));
    CHECK(window.windowTitle() == QStringLiteral("Tuntas"));
}

TEST_CASE("The main window shows the demo's stages and lists, which filter as you type", "[ui][mainwindow]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(path));
    CycleView *view = window.cycleView();
    REQUIRE(view != nullptr);
    CHECK(window.windowTitle().contains(QStringLiteral("Kabupaten Sukamaju")));

    // The current cycle (2 of 2024) is shown first: team done, selection short of one BUFAS case.
    CHECK(view->cycleSelector()->count() == 2);
    CHECK(view->cycleSelector()->currentText().startsWith(QStringLiteral("Cycle 2 of 2024")));
    const QList<StageCard *> cards = view->stageStrip()->cards();
    REQUIRE(cards.size() == 5);
    CHECK(cards[0]->progress().done);
    CHECK_FALSE(cards[1]->progress().done);
    CHECK(cards[1]->statusText().contains(QStringLiteral("BUFAS: 1 of 2 cases selected")));
    CHECK(cards[1]->toolTip().contains(QStringLiteral("BUFAS")));

    ListPanel *subjects = view->subjectsPanel();
    QAbstractItemModelTester subjectTester(subjects->proxy()->sourceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(subjects->proxy()->rowCount() == 300);
    QTest::keyClicks(subjects->filterEdit(), QStringLiteral("sindangsari"));
    const int inDesa = subjects->proxy()->rowCount();
    CHECK(inDesa > 0);
    CHECK(inDesa < 300);
    for (int row = 0; row < inDesa; ++row)
        CHECK(subjects->proxy()->index(row, 4).data().toString() == QStringLiteral("Sindangsari"));
    subjects->filterEdit()->clear();
    CHECK(subjects->proxy()->rowCount() == 300);

    ListPanel *cases = view->casesPanel();
    CHECK(cases->proxy()->rowCount() == 9);
    QTest::keyClicks(cases->filterEdit(), QStringLiteral("BDT"));
    CHECK(cases->proxy()->rowCount() == 2);

    ListPanel *items = view->actionItemsPanel();
    CHECK(items->proxy()->rowCount() == 7);

    // The finished cycle: every stage done, ten cases.
    view->cycleSelector()->setCurrentIndex(1);
    for (StageCard *card : view->stageStrip()->cards())
        CHECK(card->progress().done);
    CHECK(cases->proxy()->sourceModel()->rowCount() == 10);
}

TEST_CASE("Sorting the subjects by a column orders them", "[ui][mainwindow]")
{
    freshSettings();
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeDemo(dir)));
    QTableView *view = window.cycleView()->subjectsPanel()->view();
    view->sortByColumn(0, Qt::DescendingOrder);
    const QString first = view->model()->index(0, 0).data().toString();
    const QString last = view->model()->index(view->model()->rowCount() - 1, 0).data().toString();
    CHECK(first.compare(last, Qt::CaseInsensitive) > 0);
}

TEST_CASE("A file that is not a workspace is refused with a message and left as it was", "[ui][mainwindow]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("surat.tuntas"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Undangan rapat");
    file.close();
    MainWindow window;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openWorkspace(path));
    CHECK(MessageBox::lastText().contains(QStringLiteral("is not a Tuntas workspace")));
    CHECK(window.workspace() == nullptr);
    QFile again(path);
    again.open(QIODevice::ReadOnly);
    CHECK(again.readAll() == QByteArray("Undangan rapat"));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
}

TEST_CASE("A workspace open in one window cannot be opened in a second", "[ui][mainwindow]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow first;
    REQUIRE(first.openWorkspace(path));
    MainWindow second;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(second.openWorkspace(path));
    CHECK(MessageBox::lastText().contains(QStringLiteral("already open in another Tuntas window")));
    first.closeWorkspace();
    CHECK(second.openWorkspace(path));
}

TEST_CASE("Recent workspaces are remembered and the last one reopens", "[ui][mainwindow]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    {
        MainWindow window;
        REQUIRE(window.openWorkspace(path));
        CHECK(window.recentMenu()->actions().size() == 1);
        CHECK(window.recentMenu()->actions().first()->text().contains(QStringLiteral("demo.tuntas")));
    }
    CHECK(RecentWorkspaces::list() == QStringList{path});
    MainWindow next;
    next.restoreSession();
    REQUIRE(next.workspace() != nullptr);
    CHECK(next.workspace()->path() == path);
    next.closeWorkspace();
    MainWindow afterClose;
    afterClose.restoreSession();
    CHECK(afterClose.workspace() == nullptr);
}

TEST_CASE("A child's z-score in the list explains itself in a tooltip", "[ui][mainwindow][growth]")
{
    freshSettings();
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeDemo(dir)));
    ListPanel *subjects = window.cycleView()->subjectsPanel();
    QTest::keyClicks(subjects->filterEdit(), QStringLiteral("BADUTA"));
    QAbstractItemModel *model = subjects->proxy();
    REQUIRE(model->rowCount() > 0);
    int explained = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex z = model->index(row, 6);
        if (z.data().toString() == QStringLiteral("–"))
            continue;
        const QString tip = z.data(Qt::ToolTipRole).toString();
        CHECK(tip.contains(QStringLiteral("Length/height-for-age")));
        CHECK(tip.contains(QStringLiteral("days")));
        CHECK(tip.contains(QStringLiteral("L = ")));
        ++explained;
    }
    CHECK(explained > 0);
}

TEST_CASE("Bahasa Indonesia reaches our menus and Qt's own buttons, and switching language is immediate", "[ui][language]")
{
    freshSettings();
    MainWindow window;
    window.show();
    Language::apply(QStringLiteral("id"));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Batal"));
    CHECK(buttons.button(QDialogButtonBox::Save)->text() == QStringLiteral("Simpan"));

    Language::apply(QStringLiteral("en"));
    SettingsDialog settings(nullptr);
    settings.languageBox()->setCurrentIndex(settings.languageBox()->findData(QStringLiteral("id")));
    settings.accept();
    CHECK(QSettings().value(QStringLiteral("interface/language")).toString() == QStringLiteral("id"));
    Language::apply(QStringLiteral("en"));
}

TEST_CASE("Settings require the regency and office name and save them", "[ui][settings]")
{
    freshSettings();
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.tuntas")));
    REQUIRE(workspace.ok());
    SettingsDialog dialog(workspace->get());
    dialog.show();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemLabel()->isVisible());
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("regency")));
    QTest::keyClicks(dialog.regencyEdit(), QStringLiteral("Kabupaten Sukamaju"));
    QTest::keyClicks(dialog.officeEdit(), QStringLiteral("DINAS P2KB"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto stored = SettingsRepository(**workspace).load();
    CHECK(stored->regency == QStringLiteral("Kabupaten Sukamaju"));
    CHECK(stored->officeName == QStringLiteral("DINAS P2KB"));
}

TEST_CASE("The window's menus follow a language change", "[ui][language]")
{
    freshSettings();
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeDemo(dir)));
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&File"));
    window.applyLanguage(QStringLiteral("id"));
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&Berkas"));
    CHECK(window.cycleView()->tabs()->tabText(0) == QStringLiteral("&Sasaran"));
    CHECK(window.cycleView()->cycleSelector()->currentText() == QStringLiteral("Siklus 2 Tahun 2024 (Berjalan)"));
    window.closeWorkspace();
    CHECK(window.welcomePage()->newButton()->text().startsWith(QStringLiteral("Buat ruang kerja baru")));
    window.applyLanguage(QStringLiteral("en"));
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&File"));
}

TEST_CASE("Risk thresholds are edited in the settings and stored in the workspace", "[ui][settings][growth]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.ok());
    {
        SettingsDialog dialog(workspace->get());
        CHECK(dialog.thresholdsEditor()->thresholds().muacCm == 23.5);
        RiskThresholds changed;
        changed.hbNotPregnant = 11.5;
        changed.tooOldYears = 40;
        dialog.thresholdsEditor()->setThresholds(changed);
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    const RiskThresholds stored = RiskThresholds::fromMap(SettingsRepository(**workspace).values(QStringLiteral("risk.")));
    CHECK(stored.hbNotPregnant == 11.5);
    CHECK(stored.tooOldYears == 40);
    CHECK(stored.muacCm == 23.5);
    SettingsDialog again(workspace->get());
    CHECK(again.thresholdsEditor()->thresholds().hbNotPregnant == 11.5);
}

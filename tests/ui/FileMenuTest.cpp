#include <catch2/catch.hpp>

#include "CycleView.h"
#include "FileDialog.h"
#include "ListPanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewCycleDialog.h"
#include "RecentWorkspaces.h"
#include "SettingsDialog.h"
#include "StageCard.h"
#include "StageStrip.h"
#include "UiTestSupport.h"
#include "WelcomePage.h"
#include "storage/SettingsRepository.h"

#include <QCommandLinkButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>

using UiTest::freshSettings;
using UiTest::makeDemo;

TEST_CASE("New workspace asks for a file, adds the suffix, then asks for the district", "[ui][filemenu]")
{
    freshSettings();
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    FileDialog::setNextFileName(dir.filePath(QStringLiteral("sukamaju")));
    bool refusedEmpty = false;
    UiTest::whenShown<SettingsDialog>([&refusedEmpty](SettingsDialog *dialog) {
        dialog->accept();  // nothing filled in yet: refused, the dialog stays
        refusedEmpty = dialog->isVisible() && dialog->problemLabel()->isVisible();
        QTest::keyClicks(dialog->regencyEdit(), QStringLiteral("Kabupaten Sukamaju"));
        QTest::keyClicks(dialog->officeEdit(), QStringLiteral("DINAS P2KB"));
        dialog->accept();
    });
    UiTest::action(&window, QStringLiteral("&New workspace…"))->trigger();

    CHECK(refusedEmpty);
    const QString path = dir.filePath(QStringLiteral("sukamaju.tuntas"));
    REQUIRE(window.workspace() != nullptr);
    CHECK(window.workspace()->path() == path);
    CHECK(QFileInfo::exists(path));
    CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK(window.windowTitle() == QStringLiteral("Tuntas — Kabupaten Sukamaju — sukamaju.tuntas"));
    CHECK(SettingsRepository(*window.workspace()).load()->officeName == QStringLiteral("DINAS P2KB"));
    REQUIRE(window.cycleView() != nullptr);
    CHECK(window.cycleView()->subjectsPanel()->proxy()->rowCount() == 0);
    CHECK(RecentWorkspaces::list() == QStringList{path});
    window.closeWorkspace();
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
}

TEST_CASE("Cancelling the file dialog creates nothing", "[ui][filemenu]")
{
    freshSettings();
    MainWindow window;
    FileDialog::setNextFileName(QString());
    UiTest::action(&window, QStringLiteral("&New workspace…"))->trigger();
    FileDialog::setNextFileName(QString());
    UiTest::action(&window, QStringLiteral("&Open workspace…"))->trigger();
    CHECK(window.workspace() == nullptr);
    CHECK(window.welcomePage() != nullptr);
    CHECK(RecentWorkspaces::list().isEmpty());
}

TEST_CASE("The welcome page opens the demonstration workspace, made once in the user's data folder", "[ui][filemenu]")
{
    freshSettings();
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.tuntas"));
    QFile::remove(path);
    {
        MainWindow window;
        window.show();
        REQUIRE(window.welcomePage() != nullptr);
        QTest::mouseClick(window.welcomePage()->demoButton(), Qt::LeftButton);
        REQUIRE(window.workspace() != nullptr);
        CHECK(window.workspace()->path() == path);
        REQUIRE(window.cycleView() != nullptr);
        CHECK(window.cycleView()->subjectsPanel()->proxy()->rowCount() == 300);
        CHECK(window.cycleView()->cycleSelector()->count() == 2);
        CHECK(window.cycleView()->stageStrip()->cards().size() == 5);
        CHECK(window.windowTitle().startsWith(QStringLiteral("Tuntas — Kabupaten Sukamaju — demo.tuntas")));
    }
    // The second time the existing file is opened, not made again.
    const QDateTime made = QFileInfo(path).lastModified();
    {
        MainWindow window;
        UiTest::action(&window, QStringLiteral("Open the &demonstration workspace"))->trigger();
        REQUIRE(window.workspace() != nullptr);
        CHECK(window.workspace()->path() == path);
    }
    CHECK(QFileInfo(path).lastModified() == made);
    QFile::remove(path);
}

TEST_CASE("A recent workspace that has gone is taken off the list with a message", "[ui][filemenu]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString kept = makeDemo(dir);
    const QString gone = dir.filePath(QStringLiteral("moved-away.tuntas"));
    RecentWorkspaces::add(kept);
    RecentWorkspaces::add(gone);
    MainWindow window;
    REQUIRE(window.recentMenu()->actions().size() == 2);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.recentMenu()->actions().first()->trigger();
    CHECK(MessageBox::lastText().contains(QStringLiteral("no longer exists")));
    CHECK(window.workspace() == nullptr);
    CHECK(RecentWorkspaces::list() == QStringList{kept});
    REQUIRE(window.recentMenu()->actions().size() == 1);
    window.recentMenu()->actions().first()->trigger();
    REQUIRE(window.workspace() != nullptr);
    CHECK(window.workspace()->path() == kept);
}

TEST_CASE("The recent list keeps the last eight, newest first", "[ui][filemenu]")
{
    freshSettings();
    for (int i = 1; i <= 10; ++i)
        RecentWorkspaces::add(QStringLiteral("/data/aks-%1.tuntas").arg(i));
    RecentWorkspaces::add(QStringLiteral("/data/aks-5.tuntas"));
    const QStringList recent = RecentWorkspaces::list();
    REQUIRE(recent.size() == 8);
    CHECK(recent.first() == QStringLiteral("/data/aks-5.tuntas"));
    CHECK(recent.at(1) == QStringLiteral("/data/aks-10.tuntas"));
    CHECK(recent.count(QStringLiteral("/data/aks-5.tuntas")) == 1);
    MainWindow window;
    CHECK(window.recentMenu()->actions().size() == 8);
}

TEST_CASE("A lock left behind by a program that has ended does not block the workspace", "[ui][filemenu]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    QFile lock(path + QStringLiteral(".lock"));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    // What QLockFile writes: process id, application, host. No process has this id on Linux (above pid_max).
    lock.write(QStringLiteral("4194999\n%1\n%2\n").arg(QCoreApplication::applicationName(), QSysInfo::machineHostName()).toUtf8());
    lock.close();
    MainWindow window;
    CHECK(window.openWorkspace(path));
}

TEST_CASE("The window remembers its size and reopens the last workspace", "[ui][filemenu]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    {
        MainWindow window;
        window.show();
        window.resize(1100, 640);
        REQUIRE(window.openWorkspace(path));
        QCoreApplication::processEvents();
        window.close();
    }
    MainWindow next;
    next.restoreSession();
    CHECK(next.size() == QSize(1100, 640));
    REQUIRE(next.workspace() != nullptr);
    CHECK(next.workspace()->path() == path);
}

// A maximised window on a 1366x768 screen, below a 30-pixel title bar and above a 40-pixel taskbar.
TEST_CASE("At 1366x768 nothing in the stage strip is cut off and the lists show a screenful, in both languages", "[ui][filemenu]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        Language::apply(language);
        MainWindow window;
        window.resize(1366, 698);
        window.show();
        REQUIRE(window.openWorkspace(path));
        QCoreApplication::processEvents();
        CHECK(window.size() == QSize(1366, 698));
        CHECK(window.minimumSizeHint().width() <= 1366);
        CHECK(window.minimumSizeHint().height() <= 698);
        for (StageCard *card : window.cycleView()->stageStrip()->cards()) {
            INFO(language.toStdString() << " stage " << enumCode(card->progress().stage).toStdString());
            CHECK(card->openButton()->isVisible());
            CHECK(card->rect().contains(card->openButton()->geometry()));
            for (QLabel *label : card->findChildren<QLabel *>()) {
                INFO(label->text().toStdString());
                CHECK(label->height() >= label->heightForWidth(label->width()));
            }
        }
        QTableView *subjects = window.cycleView()->subjectsPanel()->view();
        CHECK(subjects->rowAt(subjects->viewport()->height() - 1) >= 15);
        // Every column but the stretching name column is wide enough for its header.
        const QHeaderView *header = subjects->horizontalHeader();
        for (int column = 1; column < header->count(); ++column)
            CHECK(header->sectionSize(column) >= header->sectionSizeHint(column));
        CHECK(header->length() <= subjects->viewport()->width());
    }
    Language::apply(QStringLiteral("en"));
}

TEST_CASE("A workspace without a cycle says so and starts one from the same place", "[ui][filemenu]")
{
    freshSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baru.tuntas"));
    REQUIRE(Workspace::create(path).ok());
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(path));
    CycleView *view = window.cycleView();
    REQUIRE(view != nullptr);
    CHECK(view->noCycleNote()->isVisible());
    CHECK_FALSE(view->stageStrip()->isVisible());
    CHECK_FALSE(view->cycleSelector()->isEnabled());

    UiTest::whenShown<NewCycleDialog>([](NewCycleDialog *dialog) {
        dialog->yearBox()->setValue(2025);
        dialog->numberBox()->setCurrentIndex(dialog->numberBox()->findData(1));
        dialog->accept();
    });
    QTest::mouseClick(view->newCycleButton(), Qt::LeftButton);

    CHECK_FALSE(view->noCycleNote()->isVisible());
    CHECK(view->stageStrip()->isVisible());
    CHECK(view->stageStrip()->cards().size() == 5);
    CHECK(view->cycleSelector()->currentText().startsWith(QStringLiteral("Cycle 1 of 2025")));
    for (StageCard *card : view->stageStrip()->cards())
        CHECK_FALSE(card->progress().done);
}

TEST_CASE("The File menu has the standard shortcuts", "[ui][filemenu]")
{
    freshSettings();
    MainWindow window;
    CHECK(UiTest::action(&window, QStringLiteral("&New workspace…"))->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));
    CHECK(UiTest::action(&window, QStringLiteral("&Open workspace…"))->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_O));
    CHECK(UiTest::action(&window, QStringLiteral("&Close workspace"))->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_W)));
    CHECK(UiTest::action(&window, QStringLiteral("&Quit"))->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
    CHECK_FALSE(UiTest::action(&window, QStringLiteral("&Close workspace"))->isEnabled());
}

TEST_CASE("Choosing English or Bahasa Indonesia in the settings relabels the open window at once", "[ui][filemenu][language]")
{
    freshSettings();
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(makeDemo(dir)));
    UiTest::whenShown<SettingsDialog>([](SettingsDialog *dialog) {
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("id")));
        dialog->accept();
    });
    UiTest::action(&window, QStringLiteral("&Settings…"))->trigger();
    CHECK(QSettings().value(QStringLiteral("interface/language")).toString() == QStringLiteral("id"));
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&Berkas"));
    REQUIRE(window.cycleView() != nullptr);
    CHECK(window.cycleView()->stageStrip()->cards().first()->openButton()->text() == QStringLiteral("Buka"));
    CHECK(window.cycleView()->subjectsPanel()->filterEdit()->placeholderText() == QStringLiteral("Saring…"));
    CHECK(window.cycleView()->subjectsPanel()->countLabel()->text() == QStringLiteral("300 dari 300"));
    Language::apply(QStringLiteral("en"));
}

#include <catch2/catch.hpp>

#include "CycleView.h"
#include "Language.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "demo/DemoDistrict.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

// Not part of the normal run: `tuntas_ui_tests "[.screenshot]"` writes PNGs to /tmp/tuntas-shots.
TEST_CASE("Screenshots of the main window", "[.screenshot]")
{
    QSettings().clear();
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tuntas"));
    {
        auto workspace = Workspace::create(path);
        REQUIRE(workspace.ok());
        // Today's date: ages and due dates look as a user would see them on a fresh demo.
        REQUIRE(DemoDistrict::populate(**workspace));
    }
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        Language::apply(language);
        MainWindow welcome;
        welcome.resize(1366, 698);
        welcome.show();
        welcome.grab().save(QStringLiteral("/tmp/tuntas-shots/welcome-%1.png").arg(language));
        // Maximised on 1366x768 and 1920x1080 screens: less a title bar and a taskbar.
        for (const QSize size : {QSize(1366, 698), QSize(1920, 1010)}) {
            MainWindow window;
            window.resize(size);
            window.show();
            REQUIRE(window.openWorkspace(path));
            QCoreApplication::processEvents();
            const QString suffix = QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
            window.grab().save(QStringLiteral("/tmp/tuntas-shots/main-%1.png").arg(suffix));
            window.cycleView()->tabs()->setCurrentIndex(2);
            window.grab().save(QStringLiteral("/tmp/tuntas-shots/rtl-%1.png").arg(suffix));
            window.cycleView()->tabs()->setCurrentIndex(1);
            window.grab().save(QStringLiteral("/tmp/tuntas-shots/cases-%1.png").arg(suffix));
            window.closeWorkspace();
        }
        {
            // A new workspace with no cycle yet.
            QTemporaryDir emptyDir;
            const QString emptyPath = emptyDir.filePath(QStringLiteral("baru.tuntas"));
            REQUIRE(Workspace::create(emptyPath).ok());
            MainWindow empty;
            empty.resize(1366, 698);
            empty.show();
            REQUIRE(empty.openWorkspace(emptyPath));
            QCoreApplication::processEvents();
            empty.grab().save(QStringLiteral("/tmp/tuntas-shots/empty-%1.png").arg(language));
        }
        MainWindow window;
        REQUIRE(window.openWorkspace(path));
        SettingsDialog settings(window.workspace());
        settings.show();
        settings.grab().save(QStringLiteral("/tmp/tuntas-shots/settings-%1.png").arg(language));
        settings.findChild<QTabWidget *>()->setCurrentIndex(1);
        settings.grab().save(QStringLiteral("/tmp/tuntas-shots/thresholds-%1.png").arg(language));
    }
    Language::apply(QStringLiteral("en"));
}

#include <catch2/catch.hpp>

#include "Language.h"
#include "MainWindow.h"
#include "demo/DemoDistrict.h"
#include "rtl/ApprovalDialog.h"
#include "rtl/OverdueDialog.h"
#include "rtl/RtlTrackerView.h"
#include "storage/CycleRepository.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

// Not part of the normal run: `tuntas_ui_tests "[.screenshot]"` writes PNGs to /tmp/tuntas-shots.
TEST_CASE("Screenshots of the RTL tracker and the overdue list", "[.screenshot]")
{
    QSettings().clear();
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tuntas"));
    {
        auto workspace = Workspace::create(path);
        REQUIRE(workspace.ok());
        REQUIRE(DemoDistrict::populate(**workspace, QDate(2024, 9, 16)));
    }
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        Language::apply(language);
        MainWindow window;
        window.resize(1366, 698);
        window.show();
        REQUIRE(window.openWorkspace(path));
        QCoreApplication::processEvents();
        REQUIRE(window.overdueDialog() != nullptr);
        window.overdueDialog()->grab().save(QStringLiteral("/tmp/tuntas-shots/rtl-overdue-%1.png").arg(language));
        window.overdueDialog()->close();

        auto cycles = CycleRepository(*window.workspace()).all();
        REQUIRE(cycles.ok());
        RtlTrackerView tracker(*window.workspace(), cycles->first().id);
        tracker.setToday(QDate(2024, 9, 16));
        tracker.resize(1340, 660);
        tracker.show();
        QCoreApplication::processEvents();
        tracker.grab().save(QStringLiteral("/tmp/tuntas-shots/rtl-tracker-agency-%1.png").arg(language));
        tracker.groupingBox()->setCurrentIndex(1);
        tracker.grab().save(QStringLiteral("/tmp/tuntas-shots/rtl-tracker-case-%1.png").arg(language));
        tracker.tabs()->setCurrentIndex(1);
        tracker.grab().save(QStringLiteral("/tmp/tuntas-shots/rtl-tracker-overdue-%1.png").arg(language));

        ApprovalDialog approval(*window.workspace(), cycles->first().id, {1, 2, 3});
        approval.show();
        QCoreApplication::processEvents();
        approval.grab().save(QStringLiteral("/tmp/tuntas-shots/rtl-approval-%1.png").arg(language));
        window.closeWorkspace();
    }
    Language::apply(QStringLiteral("en"));
}

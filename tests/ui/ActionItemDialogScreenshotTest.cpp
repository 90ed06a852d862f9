#include "UiTestSupport.h"

#include "rtl/ActionItemDialog.h"
#include "storage/ActionItemRepository.h"
#include "storage/CycleRepository.h"

#include <QDir>

// Not part of the normal run: `tuntas_ui_tests "[.screenshot]"` writes PNGs to /tmp/tuntas-shots.
TEST_CASE("Screenshots of the RTL item dialog", "[.screenshot]")
{
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    QTemporaryDir dir;
    const QString path = UiTest::makeDemo(dir);
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        Language::apply(language);
        auto workspace = Workspace::open(path);
        REQUIRE(workspace.ok());
        const Cycle current = CycleRepository(**workspace).all()->first();
        ActionItemDialog dialog(**workspace, ActionItemRepository(**workspace).forCycle(current.id)->first());
        dialog.show();
        QCoreApplication::processEvents();
        dialog.grab().save(QStringLiteral("/tmp/tuntas-shots/rtl-item-%1.png").arg(language));
    }
    Language::apply(QStringLiteral("en"));
}

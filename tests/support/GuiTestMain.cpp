#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Language.h"

#include <QApplication>
#include <QTemporaryDir>

// GUI tests drive real widgets on the offscreen platform, in English unless a test switches.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data of this run go to a folder of its own: not the user's, and not shared with
    // test processes ctest runs at the same time.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("TuntasTests"));
    app.setApplicationName(QStringLiteral("tuntas-ui-tests"));
    Language::apply(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}

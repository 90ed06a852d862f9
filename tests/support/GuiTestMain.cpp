#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Language.h"

#include <QApplication>
#include <QStandardPaths>

// GUI tests drive real widgets on the offscreen platform, in English unless a test switches.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);  // settings and data go to a test folder, not the user's
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("TuntasTests"));
    app.setApplicationName(QStringLiteral("tuntas-ui-tests"));
    Language::apply(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}

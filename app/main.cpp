#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Tuntas"));
    app.setApplicationName(QStringLiteral("Tuntas"));
    app.setApplicationVersion(QStringLiteral(TUNTAS_VERSION));
    app.setWindowIcon(QIcon(QStringLiteral(":/tuntas.svg")));
    Language::apply(QSettings().value(QStringLiteral("interface/language"), Language::defaultLanguage()).toString());

    MainWindow window;
    window.show();
    const QStringList arguments = app.arguments();
    if (arguments.size() > 1)
        window.openWorkspace(arguments.at(1));
    else
        window.restoreSession();
    return app.exec();
}

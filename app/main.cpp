#include "Language.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Tuntas"));
    app.setApplicationName(QStringLiteral("Tuntas"));
    Language::apply(Language::defaultLanguage());
    return 0;
}

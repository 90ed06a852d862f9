#pragma once

#include <QString>
#include <QStringList>

// Installs the program's translation and the matching locale (decimal comma and Indonesian
// month names for "id"). Bahasa Indonesia is the default.
class Language {
public:
    static QStringList available();  // {"id", "en"}
    static QString defaultLanguage() { return QStringLiteral("id"); }
    static void apply(const QString &code);
    static QString current();
};

#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace {
QString g_current;

QTranslator &programTranslator()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}
}

QStringList Language::available()
{
    return {QStringLiteral("id"), QStringLiteral("en")};
}

void Language::apply(const QString &code)
{
    const QString language = available().contains(code) ? code : defaultLanguage();
    QCoreApplication::removeTranslator(&programTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    if (programTranslator().load(QStringLiteral(":/i18n/tuntas_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&programTranslator());
    if (qtTranslator().load(QStringLiteral(":/i18n/qt_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&qtTranslator());
    QLocale::setDefault(language == QLatin1String("id") ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    g_current = language;
}

QString Language::current()
{
    return g_current.isEmpty() ? defaultLanguage() : g_current;
}

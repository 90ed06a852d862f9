#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// Dates as they are written for people, in the user's language; an invalid date gives an empty text.
class DateText {
public:
    // "Selasa, 31 Oktober 2023"
    static QString longDate(const QDate &value) { return QLocale().toString(value, QStringLiteral("dddd, d MMMM yyyy")); }
    // "31 Oktober 2023"
    static QString date(const QDate &value) { return QLocale().toString(value, QStringLiteral("d MMMM yyyy")); }
    // "31 Okt 2023"
    static QString shortDate(const QDate &value) { return QLocale().toString(value, QStringLiteral("d MMM yyyy")); }
};

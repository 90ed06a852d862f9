#include "importing/XlsxValueText.h"

#include <QDate>
#include <QLocale>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace {
std::string_view trimmed(std::string_view v)
{
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!v.empty() && space(v.front()))
        v.remove_prefix(1);
    while (!v.empty() && space(v.back()))
        v.remove_suffix(1);
    return v;
}

QString latin1(std::string_view v)
{
    return QString::fromLatin1(v.data(), qsizetype(v.size()));
}

// A plain decimal (-12, 8.10, 0045.5) written as it is meant: leading zeros of the whole part and
// trailing zeros of the fraction dropped. Empty when the text is not such a number, or when its
// fraction has more significant digits than a double keeps (15), so it must go through a double.
QString plainDecimal(std::string_view v)
{
    const bool negative = !v.empty() && v.front() == '-';
    if (negative)
        v.remove_prefix(1);
    const std::size_t point = v.find('.');
    std::string_view whole = v.substr(0, point);
    std::string_view fraction = point == std::string_view::npos ? std::string_view() : v.substr(point + 1);
    if (whole.empty() || (point != std::string_view::npos && fraction.empty()))
        return {};
    for (std::string_view digits : {whole, fraction}) {
        for (char c : digits) {
            if (c < '0' || c > '9')
                return {};
        }
    }
    while (whole.size() > 1 && whole.front() == '0')
        whole.remove_prefix(1);
    while (!fraction.empty() && fraction.back() == '0')
        fraction.remove_suffix(1);
    // Whole numbers keep every digit: a NIK of 16 digits is more than a double holds.
    if (!fraction.empty()) {
        std::size_t significant = whole == "0" ? 0 : whole.size();
        std::string_view f = fraction;
        if (significant == 0) {
            while (!f.empty() && f.front() == '0')
                f.remove_prefix(1);
        }
        if (significant + f.size() > 15)
            return {};
    }
    QString text;
    text.reserve(qsizetype(whole.size() + fraction.size() + 2));
    if (negative && !(whole == "0" && fraction.empty()))
        text += QLatin1Char('-');
    text += latin1(whole);
    if (!fraction.empty())
        text += QLatin1Char('.') + latin1(fraction);
    return text;
}

QString shortest(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    if (std::floor(value) == value && std::fabs(value) < 1e21)
        return QString::number(value, 'f', 0);
    if (std::fabs(value) >= 1e-6 && std::fabs(value) < 1e21)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool toDouble(std::string_view v, double &value)
{
    if (!v.empty() && v.front() == '+')
        v.remove_prefix(1);
    const auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), value);
    return error == std::errc() && end == v.data() + v.size() && std::isfinite(value);
}
}

QString XlsxValueText::number(std::string_view value)
{
    const std::string_view v = trimmed(value);
    if (QString plain = plainDecimal(v); !plain.isEmpty())
        return plain;
    double d = 0;
    if (!toDouble(v, d))
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    return shortest(d);
}

QString XlsxValueText::date(std::string_view value, bool date1904)
{
    double serial = 0;
    // 2958465 is 9999-12-31, Excel's last day.
    if (!toDouble(trimmed(value), serial) || serial < 0 || serial >= 2958466)
        return number(value);
    qint64 day = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(day)) * 86400.0);
    if (seconds == 86400) {
        ++day;
        seconds = 0;
    }
    char time[16];
    std::snprintf(time, sizeof time, "%02d:%02d:%02d", int(seconds / 3600), int(seconds / 60 % 60), int(seconds % 60));
    if (day == 0 && seconds > 0)
        return QString::fromLatin1(time);
    int year = 1900;
    int month = 2;
    int dayOfMonth = 29;  // Excel's day 60 is 29 February 1900, a day that never was (kept for Lotus 1-2-3)
    if (date1904 || day != 60) {
        // Day 1 is 1900-01-01; after the phantom 29 February the days are one further on.
        const QDate date = date1904 ? QDate(1904, 1, 1).addDays(day) : QDate(1899, 12, day < 60 ? 31 : 30).addDays(day);
        date.getDate(&year, &month, &dayOfMonth);
    }
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, dayOfMonth);
    return seconds > 0 ? QString::fromLatin1(text) + QLatin1Char(' ') + QString::fromLatin1(time) : QString::fromLatin1(text);
}

QString XlsxValueText::isoDate(std::string_view value)
{
    const std::string_view v = trimmed(value);
    if (v.size() > 10 && v[10] == 'T') {
        const std::string_view time = v.substr(11);
        if (time.substr(0, 8) == "00:00:00" && time.find_first_not_of("0:.Z", 8) == std::string_view::npos)
            return latin1(v.substr(0, 10));
        return latin1(v.substr(0, 10)) + QLatin1Char(' ') + latin1(time);
    }
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QString XlsxValueText::boolean(std::string_view value)
{
    return trimmed(value) == "1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
}

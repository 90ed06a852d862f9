#include "exporting/XlsxCellValue.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QStringTokenizer>
#include <algorithm>
#include <cmath>

namespace {
bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

bool isXmlCharacter(char32_t c)
{
    return c == u'\t' || c == u'\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool needsCleaning(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || u >= 0xD800)
            return true;
    }
    return false;
}
}

XlsxCellValue XlsxCellValue::of(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (isNumber(value)) {
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return {};
        return {Kind::Number, QString::number(number, 'g', QLocale::FloatingPointShortest)};
    }
    if (value.typeId() == QMetaType::QDate) {
        const QDate date = value.toDate();
        if (const auto serial = dateSerial(date))
            return {Kind::Date, QString::number(*serial)};
        if (!date.isValid())
            return {};
        return {Kind::Text, date.toString(QStringLiteral("dd/MM/yyyy"))};
    }
    QString text = cellText(value.toString());
    if (text.isEmpty())
        return {};
    return {Kind::Text, std::move(text)};
}

qsizetype XlsxCellValue::shownWidth() const
{
    switch (kind) {
    case Kind::Empty:
        return 0;
    case Kind::Date:
        return 10;  // dd/mm/yyyy
    case Kind::Number:
        return std::min<qsizetype>(text.size(), 11);  // Excel's General format shows at most 11 characters
    case Kind::Text:
        break;
    }
    qsizetype longest = 0;
    for (const auto line : QStringTokenizer(text, u'\n'))
        longest = std::max(longest, line.size());
    return longest;
}

std::optional<qint64> XlsxCellValue::dateSerial(QDate date)
{
    if (!date.isValid() || date.year() < 1900 || date.year() > 9999)
        return std::nullopt;
    const qint64 days = QDate(1899, 12, 30).daysTo(date);
    // Excel takes 1900 for a leap year, as Lotus 1-2-3 did: its day 60 is a 29 February 1900 that
    // never was, so the days before it are one less.
    return date < QDate(1900, 3, 1) ? days - 1 : days;
}

QString XlsxCellValue::xmlSafe(const QString &text)
{
    if (!needsCleaning(text))
        return text;
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean.append(c).append(text.at(++i));
        } else if (c == u'\r') {
            if (i + 1 == text.size() || text.at(i + 1) != u'\n')
                clean.append(u'\n');
        } else if (isXmlCharacter(c.unicode())) {
            clean.append(c);
        }
    }
    return clean;
}

QString XlsxCellValue::cellText(const QString &text)
{
    QString clean = xmlSafe(text);
    if (clean.contains(QLatin1String("_x"))) {
        static const QRegularExpression escapeLike(QStringLiteral("_(?=x[0-9A-Fa-f]{4}_)"));
        clean.replace(escapeLike, QStringLiteral("_x005F_"));
    }
    return clean;
}

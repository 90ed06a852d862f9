#include "importing/XlsxValueText.h"

#include <QDate>
#include <QTime>
#include <cmath>

namespace {
bool isWholeNumberLiteral(QStringView v)
{
    qsizetype i = v.startsWith(u'-') ? 1 : 0;
    if (i == v.size())
        return false;
    for (; i < v.size(); ++i) {
        if (v.at(i) < u'0' || v.at(i) > u'9')
            return false;
    }
    return true;
}

// Writers put whole numbers as they are (3204151201230001); keep every digit rather than go
// through a double, which holds only about 16 of them.
QString wholeNumber(QStringView v)
{
    const bool negative = v.startsWith(u'-');
    QStringView digits = negative ? v.mid(1) : v;
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.mid(1);
    if (digits == u"0")
        return QStringLiteral("0");
    return negative ? QLatin1Char('-') + digits.toString() : digits.toString();
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
}

QString XlsxValueText::number(QStringView value)
{
    const QStringView v = value.trimmed();
    if (isWholeNumberLiteral(v))
        return wholeNumber(v);
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return v.toString();
    return shortest(d);
}

QString XlsxValueText::date(QStringView value, bool date1904)
{
    bool ok = false;
    const double serial = value.trimmed().toDouble(&ok);
    // 2958465 is 9999-12-31, Excel's last day.
    if (!ok || !std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return number(value);
    qint64 day = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(day)) * 86400.0);
    if (seconds == 86400) {
        ++day;
        seconds = 0;
    }
    const QString time = QTime(0, 0).addSecs(int(seconds)).toString(QStringLiteral("HH:mm:ss"));
    if (day == 0 && seconds > 0)
        return time;
    QString text;
    if (date1904) {
        text = QDate(1904, 1, 1).addDays(day).toString(Qt::ISODate);
    } else if (day == 60) {
        // Excel's day 60 is 29 February 1900, a day that never was (kept for Lotus 1-2-3).
        text = QStringLiteral("1900-02-29");
    } else {
        // Day 1 is 1900-01-01; after the phantom 29 February the days are one further on.
        text = QDate(1899, 12, day < 60 ? 31 : 30).addDays(day).toString(Qt::ISODate);
    }
    return seconds > 0 ? text + QLatin1Char(' ') + time : text;
}

QString XlsxValueText::isoDate(QStringView value)
{
    const QStringView v = value.trimmed();
    const qsizetype t = v.indexOf(u'T');
    if (t == 10) {
        const QStringView time = v.mid(t + 1);
        if (time == u"00:00:00" || time.startsWith(u"00:00:00.") || time == u"00:00" || time == u"00:00:00Z")
            return v.left(t).toString();
        return v.left(t).toString() + QLatin1Char(' ') + time.toString();
    }
    return v.toString();
}

QString XlsxValueText::boolean(QStringView value)
{
    return value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
}

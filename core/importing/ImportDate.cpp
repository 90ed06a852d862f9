#include "importing/ImportDate.h"

#include <QRegularExpression>

QDate ImportDate::fromExcelSerial(double serial)
{
    // Excel counts 1900-01-01 as day 1 and wrongly keeps 1900-02-29, so days from 1899-12-30
    // are right from 1 March 1900 on.
    if (serial < 61 || serial > 2958465)
        return {};
    return QDate(1899, 12, 30).addDays(qint64(serial));
}

QDate ImportDate::parse(const QString &text)
{
    const QString value = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{5}(?:[.,]\\d+)?$"));
    if (auto m = iso.match(value); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = dayFirst.match(value); m.hasMatch()) {
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += year + 2000 > QDate::currentDate().year() ? 1900 : 2000;
        return QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
    }
    if (serial.match(value).hasMatch())
        return fromExcelSerial(QString(value).replace(QLatin1Char(','), QLatin1Char('.')).toDouble());
    return {};
}

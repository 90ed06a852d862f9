#include "importing/ImportDate.h"

#include <QStringList>

namespace {
// The numbers of a date written with one kind of separator, "31/10/2023" -> {31, 10, 2023};
// empty when the text is anything else. Also gives the digits of each part.
QList<int> dateParts(QStringView text, QChar separator, QList<int> *lengths)
{
    QList<int> parts;
    for (QStringView part : text.split(separator)) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 4 || !part.front().isDigit())
            return {};
        parts << value;
        *lengths << int(part.size());
    }
    return parts.size() == 3 ? parts : QList<int>();
}
}

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
    QStringView value = QStringView(text).trimmed();
    // ISO, possibly with a time after it: 2023-10-31 or 2023-10-31 08:00.
    if (value.size() > 4 && value[4] == QLatin1Char('-')) {
        const qsizetype end = value.indexOf(QLatin1Char(' ')) >= 0 ? value.indexOf(QLatin1Char(' ')) : value.indexOf(QLatin1Char('T'));
        QList<int> lengths;
        const QList<int> parts = dateParts(end >= 0 ? value.left(end) : value, QLatin1Char('-'), &lengths);
        if (parts.size() == 3 && lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2)
            return QDate(parts[0], parts[1], parts[2]);
        return {};
    }
    for (QChar separator : {QLatin1Char('/'), QLatin1Char('-'), QLatin1Char('.')}) {
        if (!value.contains(separator))
            continue;
        QList<int> lengths;
        const QList<int> parts = dateParts(value, separator, &lengths);
        if (parts.size() != 3 || lengths[0] > 2 || lengths[1] > 2 || (lengths[2] != 2 && lengths[2] != 4))
            return {};
        int year = parts[2];
        if (lengths[2] == 2)
            year += year + 2000 > QDate::currentDate().year() ? 1900 : 2000;
        return QDate(year, parts[1], parts[0]);
    }
    // An Excel serial number, five digits, perhaps with a fraction of a day.
    const qsizetype point = std::max(value.indexOf(QLatin1Char('.')), value.indexOf(QLatin1Char(',')));
    const QStringView whole = point >= 0 ? value.left(point) : value;
    const QStringView fraction = point >= 0 ? value.mid(point + 1) : QStringView();
    const auto digits = [](QStringView part) { return std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); }); };
    if (whole.size() == 5 && digits(whole) && digits(fraction) && (point < 0 || !fraction.isEmpty()))
        return fromExcelSerial(whole.toInt());
    return {};
}

#include "documents/IndonesianNumberWords.h"

#include <QLocale>
#include <QStringList>
#include <array>

namespace {

const std::array<const char *, 10> Units = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"};

struct Scale {
    qint64 size;
    const char *name;
    const char *single;  // the word for exactly one of them ("seribu"), or null for "satu juta"
};

const std::array<Scale, 4> Scales = {{{1000000000000LL, "triliun", nullptr},
                                      {1000000000LL, "miliar", nullptr},
                                      {1000000LL, "juta", nullptr},
                                      {1000LL, "ribu", "seribu"}}};

}  // namespace

QString IndonesianNumberWords::belowThousand(int value)
{
    QStringList words;
    const int hundreds = value / 100;
    const int rest = value % 100;
    if (hundreds == 1)
        words << QStringLiteral("seratus");
    else if (hundreds > 1)
        words << QLatin1String(Units[hundreds]) + QStringLiteral(" ratus");
    if (rest == 10)
        words << QStringLiteral("sepuluh");
    else if (rest == 11)
        words << QStringLiteral("sebelas");
    else if (rest > 11 && rest < 20)
        words << QLatin1String(Units[rest - 10]) + QStringLiteral(" belas");
    else if (rest >= 20) {
        words << QLatin1String(Units[rest / 10]) + QStringLiteral(" puluh");
        if (rest % 10 != 0)
            words << QLatin1String(Units[rest % 10]);
    } else if (rest > 0)
        words << QLatin1String(Units[rest]);
    return words.join(QLatin1Char(' '));
}

QString IndonesianNumberWords::number(qint64 value)
{
    if (value == 0)
        return QLatin1String(Units[0]);
    if (value < 0)
        return QStringLiteral("minus ") + number(-value);
    QStringList words;
    qint64 rest = value;
    for (const Scale &scale : Scales) {
        const qint64 count = rest / scale.size;
        rest %= scale.size;
        if (count == 0)
            continue;
        if (count == 1 && scale.single)
            words << QLatin1String(scale.single);
        else
            words << number(count) + QLatin1Char(' ') + QLatin1String(scale.name);
    }
    if (rest > 0)
        words << belowThousand(int(rest));
    return words.join(QLatin1Char(' '));
}

QString IndonesianNumberWords::date(const QDate &value)
{
    if (!value.isValid())
        return {};
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    return QStringLiteral("%1 tanggal %2 bulan %3 tahun %4")
        .arg(indonesian.dayName(value.dayOfWeek(), QLocale::LongFormat), number(value.day()),
             indonesian.standaloneMonthName(value.month(), QLocale::LongFormat), number(value.year()));
}

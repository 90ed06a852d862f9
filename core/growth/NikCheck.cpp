#include "growth/NikCheck.h"

#include "domain/DateText.h"

namespace {
// Checked by hand rather than with a regular expression: imports check a NIK on every line.
bool allDigits(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}
}

std::optional<NikCheck::Parsed> NikCheck::parse(const QString &nik, const QDate &today)
{
    const QString text = QString(nik).remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    if (text.size() != 16 || !allDigits(text) || text.mid(12, 4) == QLatin1String("0000"))
        return std::nullopt;
    int day = text.mid(6, 2).toInt();
    Parsed parsed;
    parsed.regionCode = text.left(6);
    if (day > 40) {
        day -= 40;
        parsed.sex = Sex::Female;
    }
    const int month = text.mid(8, 2).toInt();
    const int year2 = text.mid(10, 2).toInt();
    int year = 2000 + year2;
    if (QDate(year, month, qMin(day, 28)) > today)
        year -= 100;
    parsed.birthDate = QDate(year, month, day);
    if (!parsed.birthDate.isValid())
        return std::nullopt;
    return parsed;
}

QStringList NikCheck::warnings(const QString &nik, const QDate &birthDate, std::optional<Sex> sex, const QString &expectedRegionPrefix,
                               const QDate &today)
{
    QStringList result;
    const QString text = QString(nik).remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    if (text.isEmpty())
        return result;
    if (text.size() != 16 || !allDigits(text)) {
        result << tr("The NIK should have 16 digits; this one has %1 characters.").arg(text.size());
        return result;
    }
    const auto parsed = parse(text, today);
    if (!parsed) {
        result << tr("The NIK's birth date part (digits 7 to 12) or serial number (the last four) is not possible.");
        return result;
    }
    if (!expectedRegionPrefix.isEmpty() && !parsed->regionCode.startsWith(QString(expectedRegionPrefix).remove(QLatin1Char('.'))))
        result << tr("The NIK was registered outside this district (region %1).").arg(parsed->regionCode);
    if (birthDate.isValid() && (parsed->birthDate.day() != birthDate.day() || parsed->birthDate.month() != birthDate.month()
                                || parsed->birthDate.year() % 100 != birthDate.year() % 100))
        result << tr("The NIK gives the birth date %1, but %2 was entered.")
                      .arg(DateText::date(parsed->birthDate), DateText::date(birthDate));
    if (sex && *sex != parsed->sex)
        result << (parsed->sex == Sex::Female ? tr("The NIK is a woman's (day plus 40), but the sex entered is male.")
                                              : tr("The NIK is a man's, but the sex entered is female."));
    return result;
}

#include "growth/NipCheck.h"

#include <QRegularExpression>

QString NipCheck::digitsOf(const QString &nip)
{
    return QString(nip).remove(QRegularExpression(QStringLiteral("[\\s.]")));
}

QString NipCheck::formatted(const QString &nip)
{
    const QString d = digitsOf(nip);
    if (d.size() != 18)
        return nip.trimmed();
    return QStringLiteral("%1 %2 %3 %4").arg(d.left(8), d.mid(8, 6), d.mid(14, 1), d.mid(15, 3));
}

std::optional<NipCheck::Parsed> NipCheck::parse(const QString &nip)
{
    const QString d = digitsOf(nip);
    if (!QRegularExpression(QStringLiteral("^\\d{18}$")).match(d).hasMatch())
        return std::nullopt;
    Parsed parsed;
    parsed.birthDate = QDate::fromString(d.left(8), QStringLiteral("yyyyMMdd"));
    parsed.appointed = QDate::fromString(d.mid(8, 6) + QStringLiteral("01"), QStringLiteral("yyyyMMdd"));
    const QChar sex = d.at(14);
    if (!parsed.birthDate.isValid() || !parsed.appointed.isValid() || (sex != QLatin1Char('1') && sex != QLatin1Char('2')))
        return std::nullopt;
    parsed.sex = sex == QLatin1Char('1') ? Sex::Male : Sex::Female;
    return parsed;
}

QStringList NipCheck::warnings(const QString &nip, std::optional<Sex> sex)
{
    QStringList result;
    const QString d = digitsOf(nip);
    if (d.isEmpty())
        return result;
    if (d.size() != 18) {
        result << tr("A NIP has 18 digits; this one has %1.").arg(d.size());
        return result;
    }
    const auto parsed = parse(d);
    if (!parsed) {
        result << tr("The NIP's birth date, appointment month or sex digit is not possible.");
        return result;
    }
    if (parsed->appointed < parsed->birthDate.addYears(18))
        result << tr("The NIP says the appointment came before the age of 18.");
    if (sex && *sex != parsed->sex)
        result << tr("The NIP's sex digit does not match the sex entered.");
    return result;
}

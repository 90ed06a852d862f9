#include "demo/DemoPeople.h"

#include <QStringList>
#include <cmath>

namespace {
const QStringList FemaleNames = {
    QStringLiteral("Siti"), QStringLiteral("Nur'aini"), QStringLiteral("Dewi"), QStringLiteral("Sri"), QStringLiteral("Rina"),
    QStringLiteral("Ani"), QStringLiteral("Yuli"), QStringLiteral("Lilis"), QStringLiteral("Euis"), QStringLiteral("Neng"),
    QStringLiteral("Tuti"), QStringLiteral("Wulan"), QStringLiteral("Rika"), QStringLiteral("Intan"), QStringLiteral("Fitri"),
    QStringLiteral("Ayu"), QStringLiteral("Putri"), QStringLiteral("Nurhayati"), QStringLiteral("Ratna"), QStringLiteral("Eka"),
    QStringLiteral("Dian"), QStringLiteral("Lestari"), QStringLiteral("Aisyah"), QStringLiteral("Siska"), QStringLiteral("Yanti"),
    QStringLiteral("Imas"), QStringLiteral("Cucu"), QStringLiteral("Nining"), QStringLiteral("Popon"), QStringLiteral("Salsabila")};
const QStringList MaleNames = {
    QStringLiteral("Asep"), QStringLiteral("Ujang"), QStringLiteral("Dedi"), QStringLiteral("Agus"), QStringLiteral("Budi"),
    QStringLiteral("Cecep"), QStringLiteral("Dadang"), QStringLiteral("Iwan"), QStringLiteral("Yusuf"), QStringLiteral("Rudi"),
    QStringLiteral("Andi"), QStringLiteral("Hendra"), QStringLiteral("Eko"), QStringLiteral("Joko"), QStringLiteral("Ahmad"),
    QStringLiteral("Muhammad"), QStringLiteral("Rizki"), QStringLiteral("Dani"), QStringLiteral("Deden"), QStringLiteral("Fajar"),
    QStringLiteral("Ilham"), QStringLiteral("Galih"), QStringLiteral("Raka"), QStringLiteral("Arif"), QStringLiteral("Yayan")};
const QStringList FamilyNames = {
    QStringLiteral("Suryana"), QStringLiteral("Permana"), QStringLiteral("Hidayat"), QStringLiteral("Rahman"), QStringLiteral("Nugraha"),
    QStringLiteral("Saputra"), QStringLiteral("Kurniawan"), QStringLiteral("Setiawan"), QStringLiteral("Hermawan"), QStringLiteral("Gunawan"),
    QStringLiteral("Wijaya"), QStringLiteral("Sutisna"), QStringLiteral("Mulyana"), QStringLiteral("Rohman"), QStringLiteral("Sopian"),
    QStringLiteral("Firmansyah"), QStringLiteral("Ramadhan"), QStringLiteral("Pratama"), QStringLiteral("Maulana"), QStringLiteral("Hakim"),
    QStringLiteral("Kusnadi"), QStringLiteral("Sumarni"), QStringLiteral("Rukmana"), QStringLiteral("Syafitri"), QStringLiteral("Wahyuni")};
}

QString DemoPeople::firstName(Sex sex)
{
    return pick(sex == Sex::Female ? FemaleNames : MaleNames);
}

QString DemoPeople::familyName()
{
    return pick(FamilyNames);
}

QString DemoPeople::nik(const QString &regionCode6, const QDate &birthDate, Sex sex)
{
    const int day = birthDate.day() + (sex == Sex::Female ? 40 : 0);
    return regionCode6 + QStringLiteral("%1%2%3").arg(day, 2, 10, QLatin1Char('0')).arg(birthDate.month(), 2, 10, QLatin1Char('0'))
                             .arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'))
         + QStringLiteral("%1").arg(between(1, 9999), 4, 10, QLatin1Char('0'));
}

QString DemoPeople::familyCardNumber(const QString &regionCode6)
{
    return regionCode6 + QStringLiteral("%1%2").arg(between(10000, 99999)).arg(between(10000, 99999));
}

QString DemoPeople::nip(const QDate &birthDate, const QDate &appointed, Sex sex)
{
    return birthDate.toString(QStringLiteral("yyyyMMdd")) + appointed.toString(QStringLiteral("yyyyMM"))
         + QString::number(sex == Sex::Male ? 1 : 2) + QStringLiteral("%1").arg(between(1, 30), 3, 10, QLatin1Char('0'));
}

double DemoPeople::normal(double mean, double sd)
{
    // Box-Muller: enough for plausible invented measurements.
    const double u1 = qMax(1e-12, m_random.generateDouble());
    const double u2 = m_random.generateDouble();
    return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

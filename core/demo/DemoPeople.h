#pragma once

#include "domain/Sex.h"

#include <QDate>
#include <QRandomGenerator>
#include <QString>

// Invented but realistic Indonesian names and identifiers for the demonstration district.
class DemoPeople {
public:
    explicit DemoPeople(quint32 seed) : m_random(seed) {}

    QString firstName(Sex sex);
    QString familyName();
    QString fullName(Sex sex) { return firstName(sex) + QLatin1Char(' ') + familyName(); }
    // 16 digits: region (6) + birth date DDMMYY with 40 added to a woman's day + serial (not 0000).
    QString nik(const QString &regionCode6, const QDate &birthDate, Sex sex);
    QString familyCardNumber(const QString &regionCode6);
    // 18 digits: birth date YYYYMMDD + appointment YYYYMM + sex (1/2) + serial.
    QString nip(const QDate &birthDate, const QDate &appointed, Sex sex);

    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    double uniform(double low, double high) { return low + m_random.generateDouble() * (high - low); }
    double normal(double mean, double sd);
    bool chance(double probability) { return m_random.generateDouble() < probability; }
    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(int(m_random.bounded(quint32(list.size())))); }

private:
    QRandomGenerator m_random;
};

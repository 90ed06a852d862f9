#pragma once

#include "domain/Sex.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

// Reads a NIK (16 digits: region, birth date DDMMYY with 40 added for women, serial) and says
// where it disagrees with what was entered. Only warnings: a NIK never blocks saving.
class NikCheck {
    Q_DECLARE_TR_FUNCTIONS(NikCheck)
public:
    struct Parsed {
        QString regionCode;  // 6 digits
        QDate birthDate;     // the century is chosen so that the date is not in the future
        Sex sex = Sex::Male;
    };
    static std::optional<Parsed> parse(const QString &nik, const QDate &today = QDate::currentDate());
    // expectedRegionPrefix: e.g. "3204" for the district; empty to skip that check.
    static QStringList warnings(const QString &nik, const QDate &birthDate, std::optional<Sex> sex,
                                const QString &expectedRegionPrefix = {}, const QDate &today = QDate::currentDate());
};

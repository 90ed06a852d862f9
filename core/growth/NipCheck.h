#pragma once

#include "domain/Sex.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

// Reads a civil servant's NIP: birth date YYYYMMDD, appointment YYYYMM, sex (1 male, 2 female),
// serial; officers write it "19751216 200604 1 013". Only warnings.
class NipCheck {
    Q_DECLARE_TR_FUNCTIONS(NipCheck)
public:
    struct Parsed {
        QDate birthDate;
        QDate appointed;  // first day of the month
        Sex sex = Sex::Male;
    };
    static QString digitsOf(const QString &nip);  // without spaces
    static QString formatted(const QString &nip);  // "19751216 200604 1 013", or the input when not 18 digits
    static std::optional<Parsed> parse(const QString &nip);
    static QStringList warnings(const QString &nip, std::optional<Sex> sex = std::nullopt);
};

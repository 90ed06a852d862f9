#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// Ages as officers write them: "14 bln", "3 thn 2 bln", "27 thn" (translated).
class AgeText {
    Q_DECLARE_TR_FUNCTIONS(AgeText)
public:
    static QString between(const QDate &birthDate, const QDate &on);
    // Whole months completed between the dates (the 12th of March to the 11th of April is 0).
    static int completedMonths(const QDate &birthDate, const QDate &on);
};

#pragma once

#include "domain/TargetGroup.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// An age as an anonymised document gives it: a band ("12-23 months", "20-24 years") from which a
// reader cannot work out the birth date.
class AgeBand {
    Q_DECLARE_TR_FUNCTIONS(AgeBand)
public:
    static QString of(TargetGroup group, const QDate &birthDate, const QDate &on);
    // A child's band of completed months: 0-5, 6-11, 12-23, 24-35, 36-47, 48-59.
    static QString ofMonths(int completedMonths);
};

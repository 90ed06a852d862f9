#include "audit/AgeText.h"

int AgeText::completedMonths(const QDate &birthDate, const QDate &on)
{
    int months = (on.year() - birthDate.year()) * 12 + on.month() - birthDate.month();
    if (on.day() < birthDate.day())
        --months;
    return months;
}

QString AgeText::between(const QDate &birthDate, const QDate &on)
{
    if (!birthDate.isValid() || !on.isValid() || on < birthDate)
        return {};
    const int months = completedMonths(birthDate, on);
    if (months < 1)
        return tr("%1 days").arg(birthDate.daysTo(on));
    if (months < 24)
        return tr("%1 mo").arg(months);
    if (months < 60 && months % 12 != 0)
        return tr("%1 yr %2 mo").arg(months / 12).arg(months % 12);
    return tr("%1 yr").arg(months / 12);
}

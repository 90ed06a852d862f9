#include "documents/AgeBand.h"

#include "audit/AgeText.h"

#include <iterator>

QString AgeBand::ofMonths(int months)
{
    static const int edges[] = {0, 6, 12, 24, 36, 48, 60};
    for (int i = 1; i < int(std::size(edges)); ++i) {
        if (months < edges[i])
            return tr("%1-%2 months").arg(edges[i - 1]).arg(edges[i] - 1);
    }
    return tr("60 months or more");
}

QString AgeBand::of(TargetGroup group, const QDate &birthDate, const QDate &on)
{
    if (!birthDate.isValid() || !on.isValid() || on < birthDate)
        return tr("age not recorded");
    const int months = AgeText::completedMonths(birthDate, on);
    if (isChildGroup(group))
        return ofMonths(months);
    const int years = months / 12;
    if (years < 15)
        return tr("under 15 years");
    if (years >= 45)
        return tr("45 years or older");
    const int from = years < 20 ? 15 : years / 5 * 5;
    return tr("%1-%2 years").arg(from).arg(from + 4);
}

#include "documents/CycleText.h"

#include "domain/DateText.h"

QString CycleText::period(const Cycle &cycle)
{
    if (!cycle.periodStart.isValid() || !cycle.periodEnd.isValid())
        return cycle.periodStart.isValid() ? tr("from %1").arg(DateText::date(cycle.periodStart)) : tr("not set");
    return tr("%1 to %2").arg(DateText::date(cycle.periodStart), DateText::date(cycle.periodEnd));
}

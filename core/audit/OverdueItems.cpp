#include "audit/OverdueItems.h"

#include "storage/CycleRepository.h"
#include "storage/RtlRepository.h"

#include <algorithm>

int OverdueItems::daysOverdue(const ActionItem &item, const QDate &today)
{
    return item.isOverdue(today) ? int(item.dueDate.daysTo(today)) : 0;
}

Result<QList<RtlItemRow>> OverdueItems::inCycle(qint64 cycleId, const QDate &today) const
{
    auto rows = RtlRepository(m_workspace).items(cycleId);
    if (!rows)
        return Error{rows.error()};
    QList<RtlItemRow> overdue;
    for (const RtlItemRow &row : *rows) {
        if (isOverdue(row, today))
            overdue.append(row);
    }
    return overdue;
}

Result<QList<RtlItemRow>> OverdueItems::inOpenCycles(const QDate &today) const
{
    auto cycles = CycleRepository(m_workspace).all();
    if (!cycles)
        return Error{cycles.error()};
    QList<RtlItemRow> overdue;
    for (const Cycle &cycle : *cycles) {
        if (cycle.status == CycleStatus::Closed)
            continue;
        auto rows = inCycle(cycle.id, today);
        if (!rows)
            return Error{rows.error()};
        overdue.append(*rows);
    }
    std::stable_sort(overdue.begin(), overdue.end(),
                     [](const RtlItemRow &a, const RtlItemRow &b) { return a.item.dueDate < b.item.dueDate; });
    return overdue;
}

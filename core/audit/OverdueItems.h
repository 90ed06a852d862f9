#pragma once

#include "Result.h"
#include "storage/RtlItemRow.h"

#include <QDate>
#include <QList>

class Workspace;

// The overdue RTL items: due date passed (due today is not yet overdue) and not done. Partly done
// and not done count as not done. An item already carried into a later cycle is followed there,
// so the original is no longer listed.
class OverdueItems {
public:
    explicit OverdueItems(Workspace &workspace) : m_workspace(workspace) {}

    static bool isOverdue(const RtlItemRow &row, const QDate &today) { return !row.carriedForward && row.item.isOverdue(today); }
    static int daysOverdue(const ActionItem &item, const QDate &today);  // 0 when not overdue

    Result<QList<RtlItemRow>> inCycle(qint64 cycleId, const QDate &today) const;
    // Of every cycle not closed, longest overdue first.
    Result<QList<RtlItemRow>> inOpenCycles(const QDate &today) const;

private:
    Workspace &m_workspace;
};

#include "storage/RtlRepository.h"

#include "storage/ActionItemRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QHash>

Result<QList<RtlItemRow>> RtlRepository::items(qint64 cycleId) const
{
    auto items = ActionItemRepository(m_workspace).forCycle(cycleId);
    if (!items)
        return Error{items.error()};
    SqlQuery query(m_workspace, QStringLiteral(
        "SELECT i.id, c.case_code, COALESCE(NULLIF(a.short_name, ''), a.name), cy.year, cy.number, "
        "EXISTS (SELECT 1 FROM action_item n WHERE n.carried_from_id = i.id) "
        "FROM action_item i JOIN cycle cy ON cy.id = i.cycle_id LEFT JOIN audit_case c ON c.id = i.case_id "
        "LEFT JOIN agency a ON a.id = i.agency_id WHERE i.cycle_id = :cycle"));
    query.bind(QStringLiteral(":cycle"), cycleId);
    if (Status status = query.exec(); !status)
        return Error{status.error()};
    QHash<qint64, RtlItemRow> extras;
    while (query.next()) {
        RtlItemRow row;
        row.caseCode = query.value(1).toString();
        row.agency = query.value(2).toString();
        row.cycleLabel = QStringLiteral("%1-%2").arg(query.value(3).toInt()).arg(query.value(4).toInt());
        row.carriedForward = query.value(5).toBool();
        extras.insert(query.value(0).toLongLong(), row);
    }
    QList<RtlItemRow> rows;
    rows.reserve(items->size());
    for (const ActionItem &item : *items) {
        RtlItemRow row = extras.value(item.id);
        row.item = item;
        rows.append(row);
    }
    return rows;
}

Result<QSet<qint64>> RtlRepository::carriedInto(qint64 cycleId) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT carried_from_id FROM action_item WHERE cycle_id = :cycle AND carried_from_id IS NOT NULL"));
    query.bind(QStringLiteral(":cycle"), cycleId);
    if (Status status = query.exec(); !status)
        return Error{status.error()};
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

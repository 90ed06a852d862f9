#include "models/ActionItemTableModel.h"

#include "domain/DateText.h"

#include <QBrush>

bool ActionItemTableModel::isOverdue(const ActionItemRow &row) const
{
    return row.dueDate.isValid() && row.dueDate < m_today && row.status != ActionStatus::Done;
}

QStringList ActionItemTableModel::headers() const
{
    return {tr("Case"), tr("Activity"), tr("Agency"), tr("Due"), tr("Status")};
}

QVariant ActionItemTableModel::display(const ActionItemRow &row, int column) const
{
    switch (column) {
    case Case: return row.caseCode.isEmpty() ? tr("General") : row.caseCode;
    case Activity: return row.activity;
    case Agency: return row.agency;
    case Due: return DateText::shortDate(row.dueDate);
    case Status: return isOverdue(row) ? tr("%1 (overdue)").arg(enumName(row.status)) : enumName(row.status);
    }
    return {};
}

QVariant ActionItemTableModel::sortKey(const ActionItemRow &row, int column) const
{
    if (column == Due)
        return row.dueDate.isValid() ? row.dueDate.toJulianDay() : std::numeric_limits<qint64>::max();
    return {};
}

QVariant ActionItemTableModel::toolTip(const ActionItemRow &row, int column) const
{
    if (column == Status && isOverdue(row))
        return tr("Due %1 and not done").arg(DateText::longDate(row.dueDate));
    return {};
}

QVariant ActionItemTableModel::foreground(const ActionItemRow &row, int) const
{
    return isOverdue(row) ? QVariant(QBrush(QColor(0xb0, 0x1e, 0x1e))) : QVariant();
}

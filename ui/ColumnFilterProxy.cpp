#include "ColumnFilterProxy.h"

void ColumnFilterProxy::setExactFilter(int column, const QString &value)
{
    m_exactColumn = column;
    m_exactValue = value;
    invalidateFilter();
}

bool ColumnFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_exactColumn >= 0 && !m_exactValue.isEmpty()
        && sourceModel()->index(sourceRow, m_exactColumn, sourceParent).data().toString() != m_exactValue)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

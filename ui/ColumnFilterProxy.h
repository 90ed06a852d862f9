#pragma once

#include <QSortFilterProxyModel>

// Filters on free text across every column, and optionally on one column's exact value.
class ColumnFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setExactFilter(int column, const QString &value);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_exactColumn = -1;
    QString m_exactValue;
};

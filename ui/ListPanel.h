#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// A sortable table with a filter box that narrows it as you type, and an "N of M" count.
class ListPanel : public QWidget {
    Q_OBJECT
public:
    // `stretchColumn` takes the width left over: the column with the longest free text.
    ListPanel(QAbstractItemModel *model, int stretchColumn, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // Adds a widget (e.g. a group selector) to the right of the filter box.
    void addFilterWidget(QWidget *widget);
    // Keeps only rows whose `column` equals `value`; an empty value shows all.
    void setColumnFilter(int column, const QString &value);

private:
    void updateCount();
    void fitColumns();

    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QHBoxLayout *m_filterRow;
    QTableView *m_view;
    QLabel *m_count;
    int m_stretchColumn;
};

#include "ListPanel.h"

#include "ColumnFilterProxy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

ListPanel::ListPanel(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new ColumnFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_filterRow(new QHBoxLayout)
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_filterRow->addWidget(m_filter, 1);
    m_filterRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(m_filterRow);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ListPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ListPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        m_view->resizeColumnsToContents();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPanel::updateCount);
    updateCount();
}

void ListPanel::addFilterWidget(QWidget *widget)
{
    m_filterRow->insertWidget(1, widget);
}

void ListPanel::setColumnFilter(int column, const QString &value)
{
    static_cast<ColumnFilterProxy *>(m_proxy)->setExactFilter(column, value);
    updateCount();
}

void ListPanel::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_proxy->sourceModel()->rowCount()));
}

#include "ListPanel.h"

#include "ColumnFilterProxy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

ListPanel::ListPanel(QAbstractItemModel *model, int stretchColumn, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new ColumnFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_filterRow(new QHBoxLayout)
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_stretchColumn(stretchColumn)
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
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // One line per row, a little air around it: at 1366x768 about twenty rows stay in view.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setHighlightSections(false);

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
        fitColumns();
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

void ListPanel::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    m_view->resizeColumnsToContents();
    // Room for the sort indicator, so a sorted header is not cut short.
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, header->sectionSize(column) + 12);
    if (m_stretchColumn >= 0 && m_stretchColumn < header->count())
        header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
    else
        header->setStretchLastSection(true);
}

void ListPanel::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_proxy->sourceModel()->rowCount()));
}

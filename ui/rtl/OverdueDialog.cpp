#include "rtl/OverdueDialog.h"

#include "audit/OverdueItems.h"
#include "domain/DateText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

OverdueDialog::OverdueDialog(const QList<RtlItemRow> &rows, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_rows(rows)
    , m_list(new QTreeWidget(this))
    , m_tracker(new QPushButton(tr("Open the &follow-up plan…"), this))
{
    setWindowTitle(tr("Overdue RTL items"));
    auto *intro = new QLabel(tr("%n item(s) of the follow-up plan (RTL) are past their due date and not done.", nullptr, int(rows.size())), this);
    intro->setWordWrap(true);
    m_list->setHeaderLabels({tr("Case"), tr("Activity"), tr("Agency (OPD)"), tr("Due"), tr("Days overdue"), tr("Cycle")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    for (int i = 0; i < rows.size(); ++i) {
        const RtlItemRow &row = rows.at(i);
        auto *line = new QTreeWidgetItem(m_list, QStringList{row.caseCode.isEmpty() ? tr("General") : row.caseCode, row.item.activity, row.agency,
                                                             DateText::shortDate(row.item.dueDate),
                                                             QString::number(OverdueItems::daysOverdue(row.item, today)), row.cycleLabel});
        line->setData(Case, Qt::UserRole, i);
        line->setToolTip(Activity, row.item.activity);
        line->setToolTip(Due, DateText::longDate(row.item.dueDate));
        line->setTextAlignment(DaysOverdue, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->resizeColumnToContents(Case);
    m_list->setColumnWidth(Activity, 330);
    for (int column : {int(Agency), int(Due), int(DaysOverdue), int(Cycle)})
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_tracker, QDialogButtonBox::ActionRole);
    m_tracker->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(900, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &OverdueDialog::reject);
    connect(m_tracker, &QPushButton::clicked, this, [this] {
        if (m_rows.isEmpty())
            return;
        const QTreeWidgetItem *current = m_list->currentItem();
        const int index = current ? current->data(Case, Qt::UserRole).toInt() : 0;
        Q_EMIT trackerRequested(m_rows.at(index).item.cycleId);
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_tracker, &QPushButton::click);
}

#include "rtl/RtlTrackerView.h"

#include "EnumComboBox.h"
#include "MessageBox.h"
#include "audit/OverdueItems.h"
#include "audit/RtlCarryOver.h"
#include "domain/DateText.h"
#include "rtl/ActionItemDialog.h"
#include "rtl/ApprovalDialog.h"
#include "storage/ActionItemRepository.h"
#include "storage/CycleRepository.h"
#include "storage/RtlRepository.h"
#include "storage/Workspace.h"

#include <QBrush>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {
const QColor OverdueColour(0xb0, 0x1e, 0x1e);
constexpr int IdRole = Qt::UserRole;
constexpr int AllStatuses = -1;
constexpr int NotFinished = -2;
}

RtlTrackerView::RtlTrackerView(Workspace &workspace, qint64 cycleId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_cycleId(cycleId)
    , m_heading(new QLabel(this))
    , m_grouping(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_overdue(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_approve(new QPushButton(tr("A&pprove…"), this))
    , m_carry(new QPushButton(tr("&Carry unfinished items into the next cycle…"), this))
{
    auto cycle = CycleRepository(workspace).find(cycleId);
    const QString cycleName = cycle ? tr("Cycle %1 of %2").arg(cycle->number).arg(cycle->year) : QString();
    setWindowTitle(tr("Follow-up plan (RTL) — %1").arg(cycleName));
    m_heading->setText(tr("<b>Follow-up plan (RTL), %1.</b> Items past their due date and not done are marked overdue.").arg(cycleName));
    m_heading->setWordWrap(true);

    m_grouping->addItem(tr("By agency (OPD)"), int(Grouping::ByAgency));
    m_grouping->addItem(tr("By case"), int(Grouping::ByCase));
    m_statusFilter->addItem(tr("All statuses"), AllStatuses);
    m_statusFilter->addItem(tr("Not done yet"), NotFinished);
    addEnumItems<ActionStatus>(m_statusFilter);
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_grouping);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusFilter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(groupLabel);
    filters->addWidget(m_grouping);
    filters->addSpacing(12);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addStretch(1);

    m_tree->setHeaderLabels({tr("Case"), tr("Problem"), tr("Activity"), tr("Type"), tr("Timing"), tr("Agency (OPD)"), tr("Start"),
                             tr("Due"), tr("Status"), tr("Approved")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Activity, QHeaderView::Stretch);
    m_overdue->setHeaderLabels({tr("Case"), tr("Activity"), tr("Agency (OPD)"), tr("Due"), tr("Days overdue"), tr("Status")});
    m_overdue->setRootIsDecorated(false);
    m_overdue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_overdue->setAlternatingRowColors(true);
    m_tabs->addTab(m_tree, tr("All &items"));
    m_tabs->addTab(m_overdue, tr("&Overdue"));

    // Enter in the list must not add or delete anything.
    for (QPushButton *button : {m_add, m_edit, m_delete, m_approve, m_carry})
        button->setAutoDefault(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    actions->addWidget(m_approve);
    actions->addStretch(1);
    actions->addWidget(m_carry);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(1280, 640);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, &RtlTrackerView::fillTree);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &RtlTrackerView::fillTree);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &RtlTrackerView::updateButtons);
    connect(m_overdue, &QTreeWidget::itemSelectionChanged, this, &RtlTrackerView::updateButtons);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RtlTrackerView::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &RtlTrackerView::addItem);
    connect(m_edit, &QPushButton::clicked, this, &RtlTrackerView::editSelected);
    for (QTreeWidget *list : {m_tree, m_overdue}) {
        connect(list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *line) {
            if (line->data(0, IdRole).toLongLong() > 0)  // not a group's heading
                editSelected();
        });
    }
    connect(m_delete, &QPushButton::clicked, this, &RtlTrackerView::deleteSelected);
    connect(m_approve, &QPushButton::clicked, this, &RtlTrackerView::approveSelected);
    connect(m_carry, &QPushButton::clicked, this, &RtlTrackerView::carryUnfinished);
    connect(buttons, &QDialogButtonBox::rejected, this, &RtlTrackerView::reject);
    reload();
}

void RtlTrackerView::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void RtlTrackerView::reload()
{
    const QList<qint64> selected = selectedItemIds();
    auto rows = RtlRepository(m_workspace).items(m_cycleId);
    if (!rows) {
        MessageBox::critical(this, windowTitle(), rows.error());
        return;
    }
    m_rows = *rows;
    fillTree();
    fillOverdue();
    selectItems(selected);
}

bool RtlTrackerView::passesFilter(const RtlItemRow &row) const
{
    const int filter = m_statusFilter->currentData().toInt();
    if (filter == AllStatuses)
        return true;
    if (filter == NotFinished)
        return !row.item.isFinished();
    return int(row.item.status) == filter;
}

QString RtlTrackerView::groupOf(const RtlItemRow &row, Grouping grouping) const
{
    if (grouping == Grouping::ByCase)
        return row.caseCode.isEmpty() ? tr("General") : row.caseCode;
    return row.agency.isEmpty() ? tr("No agency") : row.agency;
}

QTreeWidgetItem *RtlTrackerView::itemRow(const RtlItemRow &row) const
{
    const ActionItem &item = row.item;
    const bool overdue = OverdueItems::isOverdue(row, m_today);
    QString status = enumName(item.status);
    if (overdue)
        status = tr("%1, overdue").arg(enumName(item.status));
    else if (row.carriedForward)
        status = tr("%1 — carried into a later cycle").arg(enumName(item.status));
    auto *line = new QTreeWidgetItem(QStringList{row.caseCode.isEmpty() ? tr("General") : row.caseCode, item.problem, item.activity,
                                                 enumName(item.interventionType), enumName(item.timing), row.agency,
                                                 DateText::shortDate(item.startDate), DateText::shortDate(item.dueDate), status,
                                                 item.isApproved() ? DateText::shortDate(item.approvedOn) : tr("Not yet")});
    line->setData(Case, IdRole, item.id);
    line->setToolTip(Activity, item.activity);
    line->setToolTip(Problem, item.problem);
    if (item.isApproved())
        line->setToolTip(Approved, tr("Approved on %1 by %2").arg(DateText::longDate(item.approvedOn), item.approvedBy));
    if (item.carriedFromId)
        line->setToolTip(Case, tr("Carried over from an earlier cycle; the case belongs to that cycle."));
    if (overdue) {
        line->setToolTip(Status, tr("Due %1 and not done: %n day(s) overdue", nullptr, OverdueItems::daysOverdue(item, m_today)).arg(DateText::longDate(item.dueDate)));
        for (int column = 0; column < line->columnCount(); ++column)
            line->setForeground(column, QBrush(OverdueColour));
    }
    return line;
}

void RtlTrackerView::fillTree()
{
    const QList<qint64> selected = selectedItemIds();
    const auto grouping = Grouping(m_grouping->currentData().toInt());
    QMap<QString, QList<const RtlItemRow *>> groups;
    int shown = 0;
    for (const RtlItemRow &row : m_rows) {
        if (!passesFilter(row))
            continue;
        groups[groupOf(row, grouping)].append(&row);
        ++shown;
    }
    // "General" and "No agency" after the named groups.
    QStringList names = groups.keys();
    const QString leftover = grouping == Grouping::ByCase ? tr("General") : tr("No agency");
    if (names.removeOne(leftover))
        names.append(leftover);

    m_tree->clear();
    for (const QString &name : names) {
        const QList<const RtlItemRow *> &members = groups.value(name);
        int overdue = 0;
        for (const RtlItemRow *row : members)
            overdue += OverdueItems::isOverdue(*row, m_today) ? 1 : 0;
        QString title = tr("%1 (%n item(s))", nullptr, int(members.size())).arg(name);
        if (overdue > 0)
            title += QLatin1String(", ") + tr("%n overdue", nullptr, overdue);
        auto *group = new QTreeWidgetItem(m_tree, QStringList{title});
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const RtlItemRow *row : members)
            group->addChild(itemRow(*row));
    }
    m_tree->expandAll();
    for (int column : {int(Case), int(Type), int(Timing), int(Agency), int(Start), int(Due), int(Status), int(Approved)})
        m_tree->resizeColumnToContents(column);
    m_tree->setColumnWidth(Problem, 170);
    m_summary->setText(tr("%1 of %n item(s) shown.", nullptr, int(m_rows.size())).arg(shown));
    selectItems(selected);
    updateButtons();
}

void RtlTrackerView::fillOverdue()
{
    m_overdue->clear();
    int count = 0;
    for (const RtlItemRow &row : m_rows) {
        if (!OverdueItems::isOverdue(row, m_today))
            continue;
        auto *line = new QTreeWidgetItem(m_overdue, QStringList{row.caseCode.isEmpty() ? tr("General") : row.caseCode, row.item.activity,
                                                                row.agency, DateText::shortDate(row.item.dueDate),
                                                                QString::number(OverdueItems::daysOverdue(row.item, m_today)),
                                                                enumName(row.item.status)});
        line->setData(OverdueCase, IdRole, row.item.id);
        line->setTextAlignment(OverdueDays, Qt::AlignRight | Qt::AlignVCenter);
        line->setToolTip(OverdueDue, DateText::longDate(row.item.dueDate));
        ++count;
    }
    m_overdue->resizeColumnToContents(OverdueCase);
    m_overdue->setColumnWidth(OverdueActivity, 420);
    for (int column : {int(OverdueAgency), int(OverdueDue), int(OverdueDays)})
        m_overdue->resizeColumnToContents(column);
    m_tabs->setTabText(1, count ? tr("&Overdue (%1)").arg(count) : tr("&Overdue"));
}

QList<qint64> RtlTrackerView::selectedItemIds() const
{
    QTreeWidget *list = m_tabs->currentIndex() == 1 ? m_overdue : m_tree;
    QList<qint64> ids;
    for (QTreeWidgetItem *line : list->selectedItems()) {
        if (const qint64 id = line->data(0, IdRole).toLongLong(); id > 0)
            ids.append(id);
    }
    return ids;
}

void RtlTrackerView::selectItems(const QList<qint64> &itemIds)
{
    QTreeWidget *list = m_tabs->currentIndex() == 1 ? m_overdue : m_tree;
    const QSignalBlocker blocker(list);
    list->clearSelection();
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        if (itemIds.contains((*it)->data(0, IdRole).toLongLong()))
            (*it)->setSelected(true);
    }
    updateButtons();
}

void RtlTrackerView::updateButtons()
{
    const QList<qint64> selected = selectedItemIds();
    const bool any = !selected.isEmpty();
    m_edit->setEnabled(selected.size() == 1);
    m_delete->setEnabled(any);
    m_approve->setEnabled(any);
    m_carry->setEnabled(!m_rows.isEmpty());
}

void RtlTrackerView::addItem()
{
    ActionItem item;
    item.cycleId = m_cycleId;
    ActionItemDialog dialog(m_workspace, item, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectItems({dialog.item().id});
}

void RtlTrackerView::editSelected()
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.size() != 1)
        return;
    auto item = ActionItemRepository(m_workspace).find(ids.first());
    if (!item) {
        MessageBox::critical(this, windowTitle(), item.error());
        reload();
        return;
    }
    ActionItemDialog dialog(m_workspace, *item, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void RtlTrackerView::deleteSelected()
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    if (MessageBox::question(this, tr("Delete RTL items"),
                             tr("Delete %n RTL item(s)? Their evaluations and the agencies' commitments to them are deleted with them.",
                                nullptr, int(ids.size())),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const ::Status removed = ActionItemRepository(m_workspace).remove(ids);
    if (!removed)
        MessageBox::critical(this, tr("Delete RTL items"), removed.error());
    reload();
}

void RtlTrackerView::approveSelected()
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    ApprovalDialog dialog(m_workspace, m_cycleId, ids, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void RtlTrackerView::carryUnfinished()
{
    RtlCarryOver carryOver(m_workspace);
    auto next = carryOver.nextCycle(m_cycleId);
    if (!next) {
        MessageBox::critical(this, tr("Carry over"), next.error());
        return;
    }
    if (!next->has_value()) {
        MessageBox::information(this, tr("Carry over"),
                                tr("There is no cycle after this one yet, so nothing was carried. Start the next cycle first "
                                   "(Cycle > New cycle…), then carry the unfinished items into it."));
        return;
    }
    const Cycle target = next->value();
    const QString targetName = tr("cycle %1 of %2").arg(target.number).arg(target.year);
    auto pending = carryOver.pending(m_cycleId, target.id);
    if (!pending) {
        MessageBox::critical(this, tr("Carry over"), pending.error());
        return;
    }
    if (pending->isEmpty()) {
        MessageBox::information(this, tr("Carry over"), tr("There are no unfinished items left to carry into %1.").arg(targetName));
        return;
    }
    if (MessageBox::question(this, tr("Carry over"),
                             tr("Carry %n unfinished item(s) into %1? Each becomes a new planned item there, without dates or "
                                "approval, to be planned and approved again; the items here stay as they are.",
                                nullptr, int(pending->size()))
                                 .arg(targetName),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QList<qint64> ids;
    for (const ActionItem &item : *pending)
        ids.append(item.id);
    auto carried = carryOver.carry(ids, target.id);
    if (!carried) {
        MessageBox::critical(this, tr("Carry over"), carried.error());
        return;
    }
    reload();
    m_summary->setText(tr("%n item(s) carried into %1.", nullptr, int(carried->size())).arg(targetName));
}

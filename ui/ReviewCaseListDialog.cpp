#include "ReviewCaseListDialog.h"

#include "DialogHook.h"
#include "MessageBox.h"
#include "domain/DateText.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"
#include "wizards/ReviewWizard.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
std::function<void(ReviewWizard &)> g_wizardHook;
}

void ReviewCaseListDialog::setWizardHook(std::function<void(ReviewWizard &)> hook)
{
    g_wizardHook = std::move(hook);
}

ReviewCaseListDialog::ReviewCaseListDialog(Workspace &workspace, qint64 cycleId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_cycleId(cycleId)
    , m_table(new QTableWidget(this))
    , m_open(new QPushButton(tr("&Open review…"), this))
{
    auto cycle = CycleRepository(workspace).find(cycleId);
    setWindowTitle(cycle ? tr("Expert review — cycle %1 of %2").arg(cycle->number).arg(cycle->year) : tr("Expert review"));
    auto *note = new QLabel(tr("Open a case to fill in its worksheet, causes and recommendations, and to record the experts' sign-off."), this);
    note->setWordWrap(true);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Case"), tr("Group"), tr("Desa"), tr("Review"), tr("RTL items")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(State, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_open);
    row->addStretch(1);
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);

    connect(m_open, &QPushButton::clicked, this, [this] { openCase(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openCase(row); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    refresh();
    resize(900, 520);
}

void ReviewCaseListDialog::refresh()
{
    CaseRepository cases(m_workspace);
    auto list = cases.forCycle(m_cycleId);
    if (!list) {
        MessageBox::critical(this, windowTitle(), list.error());
        return;
    }
    QList<qint64> subjectIds;
    for (const AuditCase &c : *list)
        subjectIds.append(c.subjectId);
    QMap<qint64, Subject> subjects;
    for (const Subject &s : SubjectRepository(m_workspace).find(subjectIds).value_or(QList<Subject>{}))
        subjects.insert(s.id, s);
    QMap<qint64, QString> desaNames;
    for (const Desa &d : RegionRepository(m_workspace).desa().value_or(QList<Desa>{}))
        desaNames.insert(d.id, d.name);
    QMap<qint64, int> itemCounts;
    for (const ActionItem &item : ActionItemRepository(m_workspace).forCycle(m_cycleId).value_or(QList<ActionItem>{})) {
        if (item.caseId > 0)
            ++itemCounts[item.caseId];
    }

    const int current = m_table->currentRow();
    m_caseIds.clear();
    m_table->setRowCount(list->size());
    for (int row = 0; row < list->size(); ++row) {
        const AuditCase &c = list->at(row);
        m_caseIds.append(c.id);
        const Subject subject = subjects.value(c.subjectId);
        QString state = tr("Not started");
        if (auto review = cases.review(c.id); review && *review) {
            state = (*review)->isSigned() ? tr("Signed on %1").arg(DateText::date((*review)->signedOn))
                                          : tr("In progress");
        }
        const QStringList cells = {c.caseCode, enumName(subject.group), desaNames.value(subject.desaId), state, QString::number(itemCounts.value(c.id))};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, RtlItems)->setTextAlignment(Qt::AlignCenter);
    }
    m_table->resizeColumnsToContents();
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
    m_open->setEnabled(!m_caseIds.isEmpty());
}

void ReviewCaseListDialog::openCase(int row)
{
    if (row < 0 || row >= m_caseIds.size())
        return;
    ReviewWizard wizard(m_workspace, m_caseIds.at(row), this);
    execOrHook(wizard, g_wizardHook);
    // Each page stores its work as the user goes on, so even a cancelled wizard may have saved some.
    m_changed = true;
    refresh();
}

#include "CauseTaxonomyDialog.h"

#include "DiscardQuestion.h"
#include "MessageBox.h"
#include "storage/CauseTaxonomyRepository.h"
#include "storage/Workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CauseTaxonomyDialog::CauseTaxonomyDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("&Add cause"), this))
{
    setWindowTitle(tr("Causes of stunting"));
    auto *note = new QLabel(tr("The list the review's causes page offers. A retired cause is no longer offered; reviews that ticked it keep it."), this);
    note->setWordWrap(true);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Label (Indonesian)"), tr("Label (English)"), tr("Direct"), tr("Retired")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LabelEn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Direct, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Retired, QHeaderView::ResizeToContents);
    m_causes = CauseTaxonomyRepository(workspace).all().value_or(QList<CauseCategory>{});
    for (const CauseCategory &cause : m_causes)
        addRow(cause);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addStretch(1);
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(CauseCategory{});
        m_table->setCurrentCell(m_table->rowCount() - 1, Label);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Label));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &CauseTaxonomyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CauseTaxonomyDialog::reject);
    resize(1000, 540);
}

void CauseTaxonomyDialog::addRow(const CauseCategory &cause)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Label, new QTableWidgetItem(cause.label));
    m_table->setItem(row, LabelEn, new QTableWidgetItem(cause.labelEn));
    auto *direct = new QTableWidgetItem;
    direct->setFlags(cause.isStored() ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    direct->setCheckState(cause.isDirect && cause.isStored() ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, Direct, direct);
    auto *retired = new QTableWidgetItem;
    retired->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    retired->setCheckState(cause.retired ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, Retired, retired);
}

QList<CauseCategory> CauseTaxonomyDialog::changedCauses(QString *problem) const
{
    QList<CauseCategory> changed;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        CauseCategory cause = row < m_causes.size() ? m_causes.at(row) : CauseCategory{};
        const CauseCategory before = cause;
        cause.label = m_table->item(row, Label)->text().trimmed();
        cause.labelEn = m_table->item(row, LabelEn)->text().trimmed();
        cause.isDirect = m_table->item(row, Direct)->checkState() == Qt::Checked;
        cause.retired = m_table->item(row, Retired)->checkState() == Qt::Checked;
        if (!cause.isStored() && cause.label.isEmpty() && cause.labelEn.isEmpty())
            continue;  // an added row left empty
        if (cause.label.isEmpty() && problem && problem->isEmpty())
            *problem = tr("Row %1 has no Indonesian label. Enter one, or clear the row.").arg(row + 1);
        if (!cause.isStored() || cause.label != before.label || cause.labelEn != before.labelEn || cause.retired != before.retired)
            changed.append(cause);
    }
    return changed;
}

void CauseTaxonomyDialog::accept()
{
    QString problem;
    QList<CauseCategory> changed = changedCauses(&problem);
    if (!problem.isEmpty()) {
        MessageBox::warning(this, windowTitle(), problem);
        return;
    }
    if (Status saved = CauseTaxonomyRepository(m_workspace).save(changed); !saved) {
        MessageBox::critical(this, windowTitle(), tr("The list could not be saved; nothing was changed.\n\n%1").arg(saved.error()));
        return;
    }
    QDialog::accept();
}

void CauseTaxonomyDialog::reject()
{
    if (!changedCauses(nullptr).isEmpty()
        && !DiscardQuestion::confirmed(this, windowTitle(), tr("Discard the changes to the list of causes?")))
        return;
    QDialog::reject();
}

#include "ReportTextDialog.h"

#include "DiscardQuestion.h"
#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReportTextDialog::ReportTextDialog(Workspace &workspace, qint64 cycleId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_cycleId(cycleId)
    , m_narrative(ReportNarrative::load(workspace, cycleId).value_or(ReportNarrative{}))
    , m_parts(new QListWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_default(new QPushButton(tr("Use Tuntas's &text"), this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setWindowTitle(tr("Texts of the cycle report (Laporan AKS)"));
    for (const ReportNarrative::Part &part : m_narrative.parts()) {
        auto *item = new QListWidgetItem(part.name, m_parts);
        item->setData(Qt::UserRole, int(part.part));
    }
    m_parts->setMaximumWidth(260);
    m_editor->setTabChangesFocus(true);
    m_default->setToolTip(tr("Throws away what was written for this part; the report then prints the paragraph Tuntas writes from the cycle's data."));
    auto *hint = new QLabel(tr("Each paragraph on a line of its own. Until a part is written, the report prints the text shown here, "
                               "which Tuntas writes from the cycle's data. Write case codes, never names."),
                            this);
    hint->setWordWrap(true);
    if (auto loaded = ReportNarrative::load(workspace, cycleId); !loaded) {
        hint->setText(loaded.error());
        m_save->setEnabled(false);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_default, QDialogButtonBox::ResetRole);
    auto *editing = new QHBoxLayout;
    editing->addWidget(m_parts);
    editing->addWidget(m_editor, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(editing, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ReportTextDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportTextDialog::reject);
    connect(m_default, &QPushButton::clicked, this, &ReportTextDialog::restoreDefault);
    connect(m_parts, &QListWidget::currentRowChanged, this, &ReportTextDialog::showPart);
    m_parts->setCurrentRow(0);
    resize(980, 600);
}

ReportPart ReportTextDialog::partAt(int row) const
{
    return ReportPart(m_parts->item(row)->data(Qt::UserRole).toInt());
}

void ReportTextDialog::keepEdit()
{
    if (m_shown < 0)
        return;
    const ReportPart part = partAt(m_shown);
    const QString text = m_editor->toPlainText();
    const QString before = m_changed.value(part, m_narrative.text(part));
    if (text != before)
        m_changed.insert(part, text == m_narrative.part(part).defaultText ? QString() : text);
}

void ReportTextDialog::showPart(int row)
{
    keepEdit();
    m_shown = row;
    if (row < 0)
        return;
    const ReportPart part = partAt(row);
    const QString stored = m_changed.contains(part) ? m_changed.value(part) : m_narrative.part(part).written;
    m_editor->setPlainText(stored.trimmed().isEmpty() ? m_narrative.part(part).defaultText : stored);
}

void ReportTextDialog::restoreDefault()
{
    if (m_shown < 0)
        return;
    const ReportPart part = partAt(m_shown);
    m_changed.insert(part, QString());
    m_editor->setPlainText(m_narrative.part(part).defaultText);
}

void ReportTextDialog::accept()
{
    keepEdit();
    if (Status saved = ReportNarrative::save(m_workspace, m_cycleId, m_changed); !saved) {
        MessageBox::critical(this, windowTitle(), tr("The texts could not be saved; nothing was changed.\n\n%1").arg(saved.error()));
        return;
    }
    m_changed.clear();
    QDialog::accept();
}

void ReportTextDialog::reject()
{
    keepEdit();
    if (!m_changed.isEmpty() && !DiscardQuestion::confirmed(this, windowTitle(), tr("Discard the changes to the report's texts?")))
        return;
    QDialog::reject();
}

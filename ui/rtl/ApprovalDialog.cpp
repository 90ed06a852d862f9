#include "rtl/ApprovalDialog.h"

#include "audit/RtlApproval.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ApprovalDialog::ApprovalDialog(Workspace &workspace, qint64 cycleId, const QList<qint64> &itemIds, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_itemIds(itemIds)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Approve RTL items"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_name->setText(RtlApproval(workspace).defaultApprover(cycleId).value_or(QString()));
    m_name->setMinimumWidth(280);
    m_problem->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *intro = new QLabel(tr("%n RTL item(s) will be marked as approved by the TPPS chair.", nullptr, int(itemIds.size())), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Approved &on:"), m_date);
    form->addRow(tr("Approved &by (TPPS chair):"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Approve"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ApprovalDialog::reject);
}

void ApprovalDialog::accept()
{
    if (Status approved = RtlApproval(m_workspace).approve(m_itemIds, m_date->date(), m_name->text(), QDate::currentDate()); !approved) {
        m_problem->setText(approved.error());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

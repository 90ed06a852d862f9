#include "rtl/ActionItemDialog.h"

#include "DiscardQuestion.h"
#include "EnumComboBox.h"
#include "MessageBox.h"
#include "OptionalDateEdit.h"
#include "audit/ActionItemCheck.h"
#include "audit/RtlApproval.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {
QPlainTextEdit *shortText(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}
}

ActionItemDialog::ActionItemDialog(Workspace &workspace, ActionItem item, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_item(std::move(item))
    , m_case(new QComboBox(this))
    , m_problemText(shortText(this))
    , m_recommendation(shortText(this))
    , m_type(new QComboBox(this))
    , m_timing(new QComboBox(this))
    , m_activity(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_agency(new QComboBox(this))
    , m_partners(new QLineEdit(this))
    , m_start(new OptionalDateEdit(this))
    , m_due(new OptionalDateEdit(this))
    , m_budget(new QComboBox(this))
    , m_indicator(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_evaluated(new OptionalDateEdit(this))
    , m_approved(new QCheckBox(tr("Approved by the TPPS chair"), this))
    , m_approvedOn(new OptionalDateEdit(this))
    , m_approver(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(m_item.isStored() ? tr("Edit an RTL item") : tr("New RTL item"));
    fillChoices();
    m_activity->setPlaceholderText(tr("e.g. Pemberian makanan tambahan berbahan pangan lokal selama 90 hari"));
    m_target->setPlaceholderText(tr("e.g. the case's family; all BADUTA of the desa"));
    m_partners->setPlaceholderText(tr("e.g. Puskesmas, PKK, Pemerintah Desa"));
    m_indicator->setPlaceholderText(tr("e.g. weight gain every month for three months"));
    m_approver->setPlaceholderText(tr("Name of the TPPS chair"));
    m_message->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_due);
    dates->addStretch(1);
    auto *approval = new QHBoxLayout;
    approval->addWidget(m_approved);
    approval->addWidget(m_approvedOn);
    approval->addWidget(m_approver, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Case:"), m_case);
    form->addRow(tr("Problem:"), m_problemText);
    form->addRow(tr("Recommendation:"), m_recommendation);
    form->addRow(tr("Intervention type:"), m_type);
    form->addRow(tr("Timing:"), m_timing);
    form->addRow(tr("Activity: *"), m_activity);
    form->addRow(tr("Target:"), m_target);
    form->addRow(tr("Responsible OPD: *"), m_agency);
    form->addRow(tr("Partners:"), m_partners);
    form->addRow(tr("Period (start to due):"), dates);
    form->addRow(tr("Budget source:"), m_budget);
    form->addRow(tr("Success indicator:"), m_indicator);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Evaluated on:"), m_evaluated);
    form->addRow(tr("Approval:"), approval);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    showItem(m_item);
    m_shown = edited();
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionItemDialog::updateStatusFields);
    connect(m_approved, &QCheckBox::toggled, this, [this](bool approved) {
        if (approved && !m_approvedOn->value().isValid())
            m_approvedOn->setValue(QDate::currentDate());
        if (approved && m_approver->text().trimmed().isEmpty())
            m_approver->setText(RtlApproval(m_workspace).defaultApprover(m_item.cycleId).value_or({}));
        updateStatusFields();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionItemDialog::reject);
    resize(640, sizeHint().height());
}

void ActionItemDialog::fillChoices()
{
    m_case->addItem(tr("General (not for one case)"), 0);
    for (const AuditCase &auditCase : CaseRepository(m_workspace).forCycle(m_item.cycleId).value_or({}))
        m_case->addItem(auditCase.caseCode, auditCase.id);
    // A carried-over item keeps the case of its earlier cycle, which is not in this cycle's list.
    if (m_item.caseId != 0 && m_case->findData(m_item.caseId) < 0) {
        auto earlier = CaseRepository(m_workspace).find(m_item.caseId);
        m_case->addItem(earlier ? earlier->caseCode : tr("(case of another cycle)"), m_item.caseId);
    }
    addEnumItems<InterventionType>(m_type);
    addEnumItems<ActionTiming>(m_timing);
    addEnumItems<ActionStatus>(m_status);
    m_agency->addItem(tr("— choose —"), 0);
    for (const Agency &agency : PeopleRepository(m_workspace).agencies().value_or({}))
        m_agency->addItem(agency.name, agency.id);
    m_budget->setEditable(true);
    for (const char *source : {"APBD", "DAK/BOKB", "BOK", "Dana Desa", "CSR / Bapak Asuh Anak Stunting"})
        m_budget->addItem(QString::fromUtf8(source));
    m_budget->addItem(tr("Other"));
}

void ActionItemDialog::showItem(const ActionItem &item)
{
    m_case->setCurrentIndex(qMax(0, m_case->findData(item.caseId)));
    m_problemText->setPlainText(item.problem);
    m_recommendation->setPlainText(item.recommendation);
    m_type->setCurrentIndex(m_type->findData(int(item.interventionType)));
    m_timing->setCurrentIndex(m_timing->findData(int(item.timing)));
    m_activity->setText(item.activity);
    m_target->setText(item.target);
    m_agency->setCurrentIndex(qMax(0, m_agency->findData(item.agencyId)));
    m_partners->setText(item.partners);
    m_start->setValue(item.startDate);
    m_due->setValue(item.dueDate);
    m_budget->setCurrentText(item.budgetSource);
    m_indicator->setText(item.successIndicator);
    m_status->setCurrentIndex(m_status->findData(int(item.status)));
    if (item.isStored()) {
        const auto evaluations = ActionItemRepository(m_workspace).evaluations(item.id).value_or({});
        if (!evaluations.isEmpty())
            m_storedEvaluationDate = evaluations.last().evaluatedOn;
    }
    m_evaluated->setValue(m_storedEvaluationDate);
    m_approved->setChecked(item.isApproved());
    m_approvedOn->setValue(item.approvedOn);
    m_approver->setText(item.approvedBy);
    updateStatusFields();
}

ActionItem ActionItemDialog::edited() const
{
    ActionItem item = m_item;
    item.caseId = m_case->currentData().toLongLong();
    item.problem = m_problemText->toPlainText().trimmed();
    item.recommendation = m_recommendation->toPlainText().trimmed();
    item.interventionType = InterventionType(m_type->currentData().toInt());
    item.timing = ActionTiming(m_timing->currentData().toInt());
    item.activity = m_activity->text().trimmed();
    item.target = m_target->text().trimmed();
    item.agencyId = m_agency->currentData().toLongLong();
    item.partners = m_partners->text().trimmed();
    item.startDate = m_start->value();
    item.dueDate = m_due->value();
    item.budgetSource = m_budget->currentText().trimmed();
    item.successIndicator = m_indicator->text().trimmed();
    item.status = ActionStatus(m_status->currentData().toInt());
    item.approvedOn = m_approved->isChecked() ? m_approvedOn->value() : QDate();
    item.approvedBy = m_approved->isChecked() ? m_approver->text().trimmed() : QString();
    return item;
}

void ActionItemDialog::updateStatusFields()
{
    m_evaluated->setEnabled(isFinalStatus(ActionStatus(m_status->currentData().toInt())));
    m_approvedOn->setEnabled(m_approved->isChecked());
    m_approver->setEnabled(m_approved->isChecked());
}

bool ActionItemDialog::isChanged() const
{
    return !(edited() == m_shown) || m_evaluated->value() != m_storedEvaluationDate;
}

void ActionItemDialog::accept()
{
    ActionItem item = edited();
    const QDate evaluatedOn = m_evaluated->isEnabled() ? m_evaluated->value() : QDate();
    const QStringList problems = ActionItemCheck::problems(item, evaluatedOn, QDate::currentDate(), m_storedEvaluationDate.isValid());
    m_message->setText(problems.join(QLatin1Char('\n')));
    m_message->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        return;
    if (Status saved = ActionItemRepository(m_workspace).saveWithEvaluationDate(item, evaluatedOn); !saved) {
        MessageBox::critical(this, windowTitle(), tr("The RTL item could not be saved; nothing was changed.\n\n%1").arg(saved.error()));
        return;
    }
    m_item = item;
    QDialog::accept();
}

void ActionItemDialog::reject()
{
    if (isChanged()
        && !DiscardQuestion::confirmed(this, windowTitle(), tr("Discard the changes to this RTL item?")))
        return;
    QDialog::reject();
}

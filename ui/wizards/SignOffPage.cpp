#include "wizards/SignOffPage.h"

#include "MessageBox.h"
#include "audit/ReviewDateCheck.h"
#include "wizards/ReviewWizard.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

SignOffPage::SignOffPage(ReviewWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_experts(new QListWidget(this))
    , m_signed(new QCheckBox(tr("The experts have signed this review"), this))
    , m_signedOn(new QDateEdit(this))
    , m_noExperts(new QLabel(tr("The cycle's team has no experts (Tim Pakar) yet. Add them in the team formation wizard."), this))
{
    setTitle(tr("Sign-off"));
    setSubTitle(tr("Tick the experts who reviewed the case. Once signed, the case counts as reviewed."));
    m_signedOn->setCalendarPopup(true);
    m_signedOn->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_signedOn->setMinimumDate(QDate(2000, 1, 1));
    m_noExperts->setWordWrap(true);
    m_experts->setMaximumHeight(260);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_signed);
    form->addRow(tr("Signed on:"), m_signedOn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Experts who reviewed the case:"), this));
    layout->addWidget(m_experts);
    layout->addWidget(m_noExperts);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_experts, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            m_wizard->markChanged();
    });
    connect(m_signed, &QCheckBox::toggled, this, [this](bool on) {
        m_signedOn->setEnabled(on);
        if (!m_filling)
            m_wizard->markChanged();
    });
    connect(m_signedOn, &QDateEdit::dateChanged, this, [this] {
        if (!m_filling)
            m_wizard->markChanged();
    });
}

void SignOffPage::initializePage()
{
    m_filling = true;
    const ExpertReview &review = m_wizard->review();
    m_experts->clear();
    for (const DraftMember &member : m_wizard->experts()) {
        const QString speciality = member.person.speciality.isEmpty() ? member.person.position : member.person.speciality;
        auto *item = new QListWidgetItem(speciality.isEmpty() ? member.person.fullName()
                                                              : QStringLiteral("%1 — %2").arg(member.person.fullName(), speciality),
                                         m_experts);
        item->setData(Qt::UserRole, member.memberId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(review.reviewerMemberIds.contains(member.memberId) ? Qt::Checked : Qt::Unchecked);
    }
    m_noExperts->setVisible(m_wizard->experts().isEmpty());
    m_signed->setChecked(review.isSigned());
    m_signedOn->setEnabled(review.isSigned());
    m_signedOn->setDate(review.isSigned() ? review.signedOn : (review.auditDate.isValid() ? review.auditDate : QDate::currentDate()));
    m_filling = false;
}

bool SignOffPage::validatePage()
{
    QList<qint64> reviewers;
    for (int row = 0; row < m_experts->count(); ++row) {
        if (m_experts->item(row)->checkState() == Qt::Checked)
            reviewers.append(m_experts->item(row)->data(Qt::UserRole).toLongLong());
    }
    const bool sign = m_signed->isChecked();
    if (sign && reviewers.isEmpty()) {
        MessageBox::warning(this, title(), tr("Tick at least one expert who reviewed the case before signing."));
        return false;
    }
    if (sign) {
        if (const QString problem = ReviewDateCheck::signingDateProblem(m_signedOn->date(), m_wizard->review().auditDate,
                                                                        m_wizard->auditCase().selectedOn, QDate::currentDate());
            !problem.isEmpty()) {
            MessageBox::warning(this, title(), problem);
            return false;
        }
    }
    ExpertReview &review = m_wizard->review();
    const ExpertReview before = review;
    review.reviewerMemberIds = reviewers;
    review.signedOn = sign ? m_signedOn->date() : QDate();
    if (!m_wizard->save()) {
        review = before;
        return false;
    }
    return true;
}

#include "wizards/DecreePage.h"

#include "MessageBox.h"
#include "wizards/TeamWizard.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DecreePage::DecreePage(TeamWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_number(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_signerTitle(new QLineEdit(this))
    , m_signerName(new QLineEdit(this))
    , m_subject(new QPlainTextEdit(this))
{
    setTitle(tr("Decree (SK)"));
    setSubTitle(tr("The decree that appoints this cycle's audit team. You can reuse the previous cycle's team and change only what changed."));
    m_number->setPlaceholderText(tr("e.g. 188.45/1/TPPS/V/2022"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_date->setSpecialValueText(tr("not set"));
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_signerTitle->setPlaceholderText(tr("e.g. Wakil Bupati selaku Ketua TPPS"));
    m_subject->setPlaceholderText(tr("e.g. Pembentukan Tim Audit Kasus Stunting"));
    m_subject->setFixedHeight(70);
    auto *reuse = new QPushButton(tr("Reuse the previous cycle's team"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Decree number:"), m_number);
    form->addRow(tr("Decree date:"), m_date);
    form->addRow(tr("Signed by (title):"), m_signerTitle);
    form->addRow(tr("Signed by (name):"), m_signerName);
    form->addRow(tr("Subject:"), m_subject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(reuse, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(reuse, &QPushButton::clicked, this, [this] {
        if (!m_wizard->reusePreviousTeam())
            MessageBox::information(this, title(), tr("There is no earlier cycle with a team to reuse."));
    });
    connect(m_wizard, &TeamWizard::draftReplaced, this, &DecreePage::show);
    for (QLineEdit *edit : {m_number, m_signerTitle, m_signerName})
        connect(edit, &QLineEdit::textEdited, m_wizard, &TeamWizard::markChanged);
    connect(m_date, &QDateEdit::dateChanged, m_wizard, &TeamWizard::markChanged);
    connect(m_subject, &QPlainTextEdit::textChanged, m_wizard, [this] {
        if (m_subject->hasFocus())
            m_wizard->markChanged();
    });
}

void DecreePage::initializePage()
{
    show();
}

void DecreePage::show()
{
    const Decree &decree = m_wizard->draft().decree;
    const QSignalBlocker blocker(m_date);
    m_number->setText(decree.number);
    m_date->setDate(decree.date.isValid() ? decree.date : m_date->minimumDate());
    m_signerTitle->setText(decree.signerTitle);
    m_signerName->setText(decree.signerName);
    m_subject->setPlainText(decree.subject);
}

bool DecreePage::validatePage()
{
    Decree &decree = m_wizard->draft().decree;
    decree.number = m_number->text().trimmed();
    decree.date = m_date->date() == m_date->minimumDate() ? QDate() : m_date->date();
    decree.signerTitle = m_signerTitle->text().trimmed();
    decree.signerName = m_signerName->text().trimmed();
    decree.subject = m_subject->toPlainText().trimmed();
    return true;
}

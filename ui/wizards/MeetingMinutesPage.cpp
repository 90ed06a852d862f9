#include "wizards/MeetingMinutesPage.h"

#include "domain/DateText.h"
#include "wizards/MeetingWizard.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

MeetingMinutesPage::MeetingMinutesPage(MeetingWizard *wizard)
    : MeetingPage(wizard)
    , m_notice(new QLabel(this))
    , m_minutes(new QPlainTextEdit(this))
    , m_decisions(new QPlainTextEdit(this))
{
    setTitle(tr("Minutes and decisions"));
    setSubTitle(tr("The minutes (notulen) of the meeting and what it decided."));
    m_notice->setWordWrap(true);
    m_minutes->setPlaceholderText(tr("What was presented and discussed"));
    m_decisions->setPlaceholderText(tr("One decision per line"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(new QLabel(tr("Minutes (notulen):"), this));
    layout->addWidget(m_minutes, 3);
    layout->addWidget(new QLabel(tr("Decisions:"), this));
    layout->addWidget(m_decisions, 2);
}

void MeetingMinutesPage::display(const Meeting &meeting)
{
    const bool held = wizard()->check().hasTakenPlace(meeting);
    m_notice->setText(held ? QString()
                           : tr("This meeting is dated %1; its minutes can be written from that day on.")
                                 .arg(DateText::longDate(meeting.date)));
    m_notice->setVisible(!held);
    m_minutes->setPlainText(meeting.minutes);
    m_decisions->setPlainText(meeting.decisions);
    m_minutes->setReadOnly(!held);
    m_decisions->setReadOnly(!held);
}

void MeetingMinutesPage::collect(Meeting &meeting) const
{
    meeting.minutes = m_minutes->toPlainText().trimmed();
    meeting.decisions = m_decisions->toPlainText().trimmed();
}

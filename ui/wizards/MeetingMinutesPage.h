#pragma once

#include "wizards/MeetingPage.h"

class QLabel;
class QPlainTextEdit;

// The minutes (notulen) and the decisions, written once the meeting has been held.
class MeetingMinutesPage : public MeetingPage {
    Q_OBJECT
public:
    explicit MeetingMinutesPage(MeetingWizard *wizard);
    void collect(Meeting &meeting) const override;

    QPlainTextEdit *minutesEdit() const { return m_minutes; }
    QPlainTextEdit *decisionsEdit() const { return m_decisions; }
    QLabel *notice() const { return m_notice; }

protected:
    void display(const Meeting &meeting) override;

private:
    QLabel *m_notice;
    QPlainTextEdit *m_minutes;
    QPlainTextEdit *m_decisions;
};

#pragma once

#include <QWizardPage>

class MeetingWizard;
struct Meeting;

// A page of the meeting wizard: shows its part of the draft and takes it back; the wizard checks
// and stores the meeting on Next or Finish.
class MeetingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit MeetingPage(MeetingWizard *wizard);

    virtual void collect(Meeting &meeting) const = 0;

    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override;  // Back keeps what was typed; Cancel asks about it

protected:
    virtual void display(const Meeting &meeting) = 0;
    MeetingWizard *wizard() const { return m_wizard; }

private:
    MeetingWizard *m_wizard;
};

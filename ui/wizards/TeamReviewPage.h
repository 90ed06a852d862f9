#pragma once

#include <QWizardPage>

class QLabel;
class TeamWizard;

// What the team still lacks before the stage counts as done, and advice; finishing is allowed anyway.
class TeamReviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TeamReviewPage(TeamWizard *wizard);
    void initializePage() override;
    QLabel *summary() const { return m_summary; }

private:
    TeamWizard *m_wizard;
    QLabel *m_summary;
};

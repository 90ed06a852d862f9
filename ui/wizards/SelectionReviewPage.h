#pragma once

#include <QWizardPage>

class QLabel;
class SelectionWizard;

// The new cases, groups still short of the minimum, and candidates still without a reason.
class SelectionReviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SelectionReviewPage(SelectionWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QLabel *summary() const { return m_summary; }

private:
    SelectionWizard *m_wizard;
    QLabel *m_summary;
    bool m_complete = true;
};

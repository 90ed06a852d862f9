#pragma once

#include <QWizardPage>

class EvaluationWizard;
class QLabel;

// Read-only: the cycle's summary (audit/CycleSummary) as it stands after the pages before.
class CycleSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CycleSummaryPage(EvaluationWizard *wizard);
    void initializePage() override;
    QLabel *summary() const { return m_summary; }

private:
    EvaluationWizard *m_wizard;
    QLabel *m_summary;
};

#pragma once

#include "audit/OutcomeEvidence.h"

#include <QSet>
#include <QWizardPage>

class EvaluationWizard;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

// Per case: the values before the audit and at the last follow-up side by side, the outcome they
// suggest with the reason, and the outcome the team confirms. Next stores the proposals and the
// confirmed outcomes in one transaction.
class CaseOutcomePage : public QWizardPage {
    Q_OBJECT
public:
    enum Column { Case, Group, Before, After, Proposal, Confirmed, ColumnCount };

    explicit CaseOutcomePage(EvaluationWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    bool hasUnsavedChanges() const { return !m_touched.isEmpty(); }

    QTableWidget *table() const { return m_table; }
    QComboBox *outcomeBox(int row) const;
    QDateEdit *confirmedOn() const { return m_confirmedOn; }
    QLabel *problems() const { return m_problems; }
    void acceptProposals();

private:
    QString values(const Subject &subject, const std::optional<Measurement> &measurement) const;

    EvaluationWizard *m_wizard;
    QTableWidget *m_table;
    QDateEdit *m_confirmedOn;
    QLabel *m_problems;
    QList<OutcomeEvidence> m_evidence;  // by row
    QSet<int> m_touched;
    bool m_showing = false;
};

#pragma once

#include "OptionalDateEdit.h"
#include "domain/ActionItem.h"
#include "domain/ItemEvaluation.h"

#include <QHash>
#include <QSet>
#include <QWizardPage>

class EvaluationWizard;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

// The evaluation of each RTL item of the cycle: what was done, when, the evidence, obstacle, next
// step and final status. Next stores the items changed, and their status, in one transaction.
class ItemEvaluationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ItemEvaluationPage(EvaluationWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    bool hasUnsavedChanges() const { return !m_touched.isEmpty(); }

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *whatWasDone() const { return m_whatWasDone; }
    OptionalDateEdit *date() const { return m_date; }
    QLineEdit *evidence() const { return m_evidence; }
    QLineEdit *obstacle() const { return m_obstacle; }
    QLineEdit *nextStep() const { return m_nextStep; }
    QComboBox *finalStatus() const { return m_finalStatus; }
    QLabel *problems() const { return m_problems; }

private:
    struct Draft {
        ActionItem item;
        ItemEvaluation evaluation;
        bool evaluated = false;  // a final status is chosen
    };
    void showItem(int row);
    void storeFields();
    void fieldChanged();
    void refreshRow(int row);

    EvaluationWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_itemTitle;
    QPlainTextEdit *m_whatWasDone;
    OptionalDateEdit *m_date;
    QLineEdit *m_evidence;
    QLineEdit *m_obstacle;
    QLineEdit *m_nextStep;
    QComboBox *m_finalStatus;
    QLabel *m_problems;
    QList<Draft> m_drafts;
    QHash<qint64, QString> m_agencies;
    QSet<int> m_touched;  // rows
    int m_currentRow = -1;
    bool m_showing = false;
};

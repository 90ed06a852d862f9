#pragma once

#include "domain/ActionItem.h"

#include <QDialog>

class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Workspace;

// Adds or edits one RTL item with all its fields. OK checks the item (ActionItemCheck) and stores
// it in one transaction; nothing is stored when a problem is shown.
class ActionItemDialog : public QDialog {
    Q_OBJECT
public:
    ActionItemDialog(Workspace &workspace, ActionItem item, QWidget *parent = nullptr);

    const ActionItem &item() const { return m_item; }  // after Accepted: stored, with its id
    void accept() override;
    void reject() override;

    QComboBox *caseBox() const { return m_case; }
    QLineEdit *activityEdit() const { return m_activity; }
    QComboBox *agencyBox() const { return m_agency; }
    OptionalDateEdit *startEdit() const { return m_start; }
    OptionalDateEdit *dueEdit() const { return m_due; }
    QComboBox *statusBox() const { return m_status; }
    OptionalDateEdit *evaluatedEdit() const { return m_evaluated; }
    QCheckBox *approvedBox() const { return m_approved; }
    QLineEdit *approverEdit() const { return m_approver; }
    QLabel *messageLabel() const { return m_message; }

private:
    void fillChoices();
    void showItem(const ActionItem &item);
    ActionItem edited() const;
    void updateStatusFields();
    bool isChanged() const;

    Workspace &m_workspace;
    ActionItem m_item;
    ActionItem m_shown;  // as the form showed it first, to tell whether anything changed
    QDate m_storedEvaluationDate;
    QComboBox *m_case;
    QPlainTextEdit *m_problemText;
    QPlainTextEdit *m_recommendation;
    QComboBox *m_type;
    QComboBox *m_timing;
    QLineEdit *m_activity;
    QLineEdit *m_target;
    QComboBox *m_agency;
    QLineEdit *m_partners;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_due;
    QComboBox *m_budget;
    QLineEdit *m_indicator;
    QComboBox *m_status;
    OptionalDateEdit *m_evaluated;
    QCheckBox *m_approved;
    OptionalDateEdit *m_approvedOn;
    QLineEdit *m_approver;
    QLabel *m_message;
};

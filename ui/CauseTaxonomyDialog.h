#pragma once

#include "domain/CauseCategory.h"

#include <QDialog>

class QPushButton;
class QTableWidget;
class Workspace;

// Edits the cause taxonomy (reference data): add a cause, rename one, retire or bring one back.
// A cause stays direct or indirect once added, since reviews recorded it that way. OK stores
// every change in one transaction.
class CauseTaxonomyDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Label, LabelEn, Direct, Retired };

    explicit CauseTaxonomyDialog(Workspace &workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    void accept() override;
    void reject() override;

private:
    void addRow(const CauseCategory &cause);
    // The rows that differ from what is stored; `problem` gets the first incomplete row's message.
    QList<CauseCategory> changedCauses(QString *problem) const;

    Workspace &m_workspace;
    QList<CauseCategory> m_causes;  // as stored, by row; new rows have none
    QTableWidget *m_table;
    QPushButton *m_add;
};

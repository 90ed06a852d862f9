#pragma once

#include "importing/ImportField.h"

#include <QWizardPage>

class ImportWizard;
class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
struct ImportRow;
struct Subject;

// The lines of people already stored (or met earlier in the file), each beside what is stored
// with where every value came from: keep the stored data, take the file's, merge field by field,
// or keep both as different people.
class ImportDuplicatesPage : public QWizardPage {
    Q_OBJECT
public:
    enum Column { FieldColumn, StoredColumn, StoredSourceColumn, FileColumn, TakeColumn };

    explicit ImportDuplicatesPage(ImportWizard *wizard);

    QListWidget *lineList() const { return m_lines; }
    QButtonGroup *choices() const { return m_choices; }
    QTableWidget *fieldTable() const { return m_fields; }
    QPushButton *applyToAllButton() const { return m_applyToAll; }

    void initializePage() override;

private:
    void showLine();
    void storeChoice();
    void storeFields();
    ImportRow *currentRow() const;
    // What is known of the other record: stored in the workspace, or an earlier line of the file.
    Subject other(const ImportRow &row, QHash<QString, QString> *sources) const;
    QString fieldText(const Subject &subject, ImportField field) const;
    QString lineText(const ImportRow &row) const;

    ImportWizard *m_wizard;
    QList<int> m_rows;  // indexes into the plan's rows
    QListWidget *m_lines;
    QLabel *m_title;
    QButtonGroup *m_choices;
    QTableWidget *m_fields;
    QPushButton *m_applyToAll;
    bool m_showing = false;
};

#pragma once

#include "importing/ColumnMapping.h"

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QTableWidget;

// Which column of the file holds which field: proposed from the header, or as remembered from
// the last import from the same source, and correctable. Shows the first line's values.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    QComboBox *columnBox(ImportField field) const;
    QLabel *originLabel() const { return m_origin; }
    ColumnMapping mapping() const;

    void initializePage() override;
    bool validatePage() override;

private:
    void showExample(int row);

    ImportWizard *m_wizard;
    QLabel *m_origin;
    QTableWidget *m_table;
};

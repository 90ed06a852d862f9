#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QLineEdit;

// The file to import, the target group its rows belong to, and the system it came from.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *groupBox() const { return m_group; }
    QComboBox *sourceBox() const { return m_source; }
    QLabel *errorLabel() const { return m_error; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_group;
    QComboBox *m_source;
    QLabel *m_error;
};

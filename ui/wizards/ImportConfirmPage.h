#pragma once

#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QLabel;

// What Finish will store, counted, and whether to remember the column mapping for next time.
class ImportConfirmPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportConfirmPage(ImportWizard *wizard);

    QLabel *summaryLabel() const { return m_summary; }
    QCheckBox *rememberBox() const { return m_remember; }

    void initializePage() override;

private:
    ImportWizard *m_wizard;
    QLabel *m_summary;
    QCheckBox *m_remember;
};

#pragma once

#include <QWizardPage>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class TeamWizard;

// The decree (SK) that appoints the team: number, date, signer and subject.
class DecreePage : public QWizardPage {
    Q_OBJECT
public:
    explicit DecreePage(TeamWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

    QLineEdit *numberEdit() const { return m_number; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    void show();

    TeamWizard *m_wizard;
    QLineEdit *m_number;
    QDateEdit *m_date;
    QLineEdit *m_signerTitle;
    QLineEdit *m_signerName;
    QPlainTextEdit *m_subject;
};

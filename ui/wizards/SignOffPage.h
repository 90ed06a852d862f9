#pragma once

#include <QWizardPage>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class ReviewWizard;

// The experts' sign-off: who reviewed the case and the date they signed. A signed review makes
// the case count as reviewed; removing the signature makes it a review in progress again.
class SignOffPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SignOffPage(ReviewWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

    QListWidget *expertList() const { return m_experts; }
    QCheckBox *signedBox() const { return m_signed; }
    QDateEdit *signedOnEdit() const { return m_signedOn; }

private:
    ReviewWizard *m_wizard;
    QListWidget *m_experts;
    QCheckBox *m_signed;
    QDateEdit *m_signedOn;
    QLabel *m_noExperts;
    bool m_filling = false;
};

#pragma once

#include "domain/CauseCategory.h"
#include "domain/ReviewCause.h"

#include <QWizardPage>
#include <functional>

class CauseTaxonomyDialog;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class ReviewWizard;

// The causes: the taxonomy's direct and indirect causes with the technical team's view and the
// experts' conclusion side by side, each tick with a short note; the free-text views, the
// suspected underlying disease and the referral.
class CausesPage : public QWizardPage {
    Q_OBJECT
public:
    enum Column { Cause, TechnicalTick, TechnicalNote, ExpertTick, ExpertNote };

    explicit CausesPage(ReviewWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *technicalViewEdit() const { return m_technicalView; }
    QPlainTextEdit *conclusionEdit() const { return m_conclusion; }
    QLineEdit *diseaseEdit() const { return m_disease; }
    QLineEdit *referralEdit() const { return m_referral; }
    QPushButton *editListButton() const { return m_editList; }
    int rowOf(const QString &causeCode) const;
    // The taxonomy dialog is modal; tests drive it through this hook instead of an event loop.
    static void setDialogHook(std::function<void(CauseTaxonomyDialog &)> hook);

private:
    QList<ReviewCause> ticked() const;
    void fillTable(const QList<ReviewCause> &causes);
    void editList();

    ReviewWizard *m_wizard;
    QTableWidget *m_table;
    QPlainTextEdit *m_technicalView;
    QPlainTextEdit *m_conclusion;
    QLineEdit *m_disease;
    QLineEdit *m_referral;
    QPushButton *m_editList;
    bool m_filling = false;
};

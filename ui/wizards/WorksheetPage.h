#pragma once

#include <QWizardPage>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;
class ReviewWizard;

// The audit worksheet (KKA): its header and the group's items by section, each with its answer,
// data source and a verified tick. Answers the program knows are filled in and can be changed.
// This internal page is the only one of the review that shows the subject's name.
class WorksheetPage : public QWizardPage {
    Q_OBJECT
public:
    enum Column { Item, Answer, Source, Verified };

    explicit WorksheetPage(ReviewWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

    QTableWidget *table() const { return m_table; }
    QComboBox *puskesmasBox() const { return m_puskesmas; }
    QDateEdit *auditDateEdit() const { return m_auditDate; }
    QLabel *headerLabel() const { return m_header; }
    // The table row of an item, -1 when the worksheet has no such item.
    int rowOf(const QString &itemCode) const;
    QComboBox *sourceBox(int row) const;

private:
    void fill();
    void answerEdited(int row, int column);

    ReviewWizard *m_wizard;
    QLabel *m_header;
    QComboBox *m_puskesmas;
    QDateEdit *m_auditDate;
    QTableWidget *m_table;
    bool m_filling = false;
};

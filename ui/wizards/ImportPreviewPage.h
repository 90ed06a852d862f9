#pragma once

#include <QWizardPage>

class ImportPreviewModel;
class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Every row as it will be stored, with its problems; rows with problems can be left out and
// saved to a file for correction. Nothing is stored yet.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    QTableView *view() const { return m_view; }
    QComboBox *filterBox() const { return m_filter; }
    QCheckBox *skipBox() const { return m_skip; }
    QPushButton *saveRejectedButton() const { return m_saveRejected; }
    QLabel *summaryLabel() const { return m_summary; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void saveRejected();

    ImportWizard *m_wizard;
    ImportPreviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QComboBox *m_filter;
    QTableView *m_view;
    QCheckBox *m_skip;
    QPushButton *m_saveRejected;
};

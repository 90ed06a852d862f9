#pragma once

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class SelectionWizard;

// The candidates with their screening, filtered by group, kecamatan, desa and risk; ticking one
// selects it, and the panel beside records its reasons and a note.
class CandidatesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CandidatesPage(SelectionWizard *wizard);

    QTableView *view() const { return m_view; }
    QComboBox *groupFilter() const { return m_group; }
    QCheckBox *riskOnly() const { return m_riskOnly; }
    QLineEdit *textFilter() const { return m_text; }
    QList<QCheckBox *> reasonBoxes() const { return m_reasons; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *quotaLabel() const { return m_quota; }

private:
    void applyFilters();
    void showChoice();
    void storeChoice();
    void updateQuota();
    int currentRow() const;

    SelectionWizard *m_wizard;
    QSortFilterProxyModel *m_groupProxy;
    QSortFilterProxyModel *m_kecamatanProxy;
    QSortFilterProxyModel *m_riskProxy;
    QSortFilterProxyModel *m_textProxy;
    QTableView *m_view;
    QComboBox *m_group;
    QComboBox *m_kecamatan;
    QCheckBox *m_riskOnly;
    QLineEdit *m_text;
    QList<QCheckBox *> m_reasons;
    QLineEdit *m_note;
    QLabel *m_choiceTitle;
    QLabel *m_quota;
    bool m_showing = false;
};

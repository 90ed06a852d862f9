#pragma once

#include "OptionalDateEdit.h"
#include "audit/MonitoringEntry.h"
#include "growth/RiskThresholds.h"

#include <QHash>
#include <QSet>
#include <QWizardPage>
#include <array>

class EvaluationWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

// Up to three monthly follow-up visits per case, each with its measurement; the z-scores and
// risks are worked out as the values are typed. Next stores the cases changed, in one transaction.
class MonitoringPage : public QWizardPage {
    Q_OBJECT
public:
    struct MonthFields {
        QCheckBox *visited = nullptr;
        OptionalDateEdit *date = nullptr;
        QLineEdit *weight = nullptr;
        QLineEdit *length = nullptr;
        QComboBox *position = nullptr;
        QLineEdit *muac = nullptr;
        QLineEdit *hb = nullptr;
        QComboBox *visitor = nullptr;
        QLineEdit *note = nullptr;
        QLabel *result = nullptr;
    };

    explicit MonitoringPage(EvaluationWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    bool hasUnsavedChanges() const { return !m_touched.isEmpty(); }

    QListWidget *caseList() const { return m_caseList; }
    const MonthFields &month(int index) const { return m_months.at(index); }  // 0 to 2
    QLabel *problems() const { return m_problems; }

private:
    struct Slot {
        bool present = false;
        bool stored = false;
        MonitoringEntry entry;
    };
    using Slots = std::array<Slot, 3>;

    QWidget *buildGrid();
    void showCase(int row);
    void storeFields();
    void fieldChanged(int month);
    void updateResult(int month);
    Measurement readMeasurement(int month, QStringList *problems) const;
    bool isChildCase() const;

    EvaluationWizard *m_wizard;
    QListWidget *m_caseList;
    QLabel *m_caseTitle;
    QLabel *m_problems;
    std::array<MonthFields, 3> m_months;
    QList<QWidget *> m_childRows;
    QList<QWidget *> m_motherRows;
    RiskThresholds m_thresholds;
    QHash<qint64, Slots> m_drafts;
    QHash<qint64, QStringList> m_inputProblems;
    QSet<qint64> m_touched;
    int m_currentRow = -1;
    bool m_showing = false;
};

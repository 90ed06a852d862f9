#pragma once

#include "domain/AuditCase.h"
#include "domain/Subject.h"

#include <QDate>
#include <QHash>
#include <QWizard>

class CaseOutcomePage;
class CycleSummaryPage;
class ItemEvaluationPage;
class MonitoringPage;
class Workspace;

// Stage 5 of a cycle, re-openable: follow-up visits of the cases, the evaluation of each RTL item,
// the cases' outcomes, and the cycle's summary. Each page stores its own work in one transaction
// when the user moves on, so Back shows what is stored.
class EvaluationWizard : public QWizard {
    Q_OBJECT
public:
    EvaluationWizard(Workspace &workspace, qint64 cycleId, QWidget *parent = nullptr);

    Workspace &workspace() { return m_workspace; }
    qint64 cycleId() const { return m_cycleId; }
    const QList<AuditCase> &cases() const { return m_cases; }
    Subject subject(qint64 subjectId) const { return m_subjects.value(subjectId); }
    QString caseCode(qint64 caseId) const;
    // The day input is checked against; tests set it to stay within the demo's dates.
    QDate today() const { return m_today; }
    void setToday(const QDate &today) { m_today = today; }
    void reloadCases();

    MonitoringPage *monitoringPage() const { return m_monitoring; }
    ItemEvaluationPage *itemPage() const { return m_items; }
    CaseOutcomePage *outcomePage() const { return m_outcomes; }
    CycleSummaryPage *summaryPage() const { return m_summary; }

    void reject() override;

private:
    bool hasUnsavedChanges() const;

    Workspace &m_workspace;
    qint64 m_cycleId;
    QDate m_today = QDate::currentDate();
    QList<AuditCase> m_cases;
    QHash<qint64, QString> m_caseCodes;  // also of earlier cycles' cases, for carried-over items
    QHash<qint64, Subject> m_subjects;
    MonitoringPage *m_monitoring;
    ItemEvaluationPage *m_items;
    CaseOutcomePage *m_outcomes;
    CycleSummaryPage *m_summary;
};

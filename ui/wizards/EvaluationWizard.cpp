#include "wizards/EvaluationWizard.h"

#include "DiscardQuestion.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/RtlRepository.h"
#include "storage/SubjectRepository.h"
#include "wizards/CaseOutcomePage.h"
#include "wizards/CycleSummaryPage.h"
#include "wizards/FinishAndPrint.h"
#include "wizards/ItemEvaluationPage.h"
#include "wizards/MonitoringPage.h"

EvaluationWizard::EvaluationWizard(Workspace &workspace, qint64 cycleId, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_cycleId(cycleId)
{
    auto cycle = CycleRepository(workspace).find(cycleId);
    setWindowTitle(cycle ? tr("Follow-up evaluation — cycle %1 of %2").arg(cycle->number).arg(cycle->year) : tr("Follow-up evaluation"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    reloadCases();
    m_monitoring = new MonitoringPage(this);
    m_items = new ItemEvaluationPage(this);
    m_outcomes = new CaseOutcomePage(this);
    m_summary = new CycleSummaryPage(this);
    addPage(m_monitoring);
    addPage(m_items);
    addPage(m_outcomes);
    addPage(m_summary);
    resize(1200, 720);
    FinishAndPrint::install(this, workspace, cycleId, [cycleId] {
        DocumentRequest request;
        request.kind = DocumentKind::Evaluation;
        request.cycleId = cycleId;
        return request;
    });
}

void EvaluationWizard::reloadCases()
{
    m_cases = CaseRepository(m_workspace).forCycle(m_cycleId).value_or({});
    m_caseCodes.clear();
    for (const RtlItemRow &row : RtlRepository(m_workspace).items(m_cycleId).value_or({}))
        m_caseCodes.insert(row.item.caseId, row.caseCode);
    QList<qint64> ids;
    for (const AuditCase &auditCase : m_cases) {
        ids.append(auditCase.subjectId);
        m_caseCodes.insert(auditCase.id, auditCase.caseCode);
    }
    m_subjects.clear();
    for (const Subject &subject : SubjectRepository(m_workspace).find(ids).value_or({}))
        m_subjects.insert(subject.id, subject);
}

QString EvaluationWizard::caseCode(qint64 caseId) const
{
    return m_caseCodes.value(caseId);
}

bool EvaluationWizard::hasUnsavedChanges() const
{
    return m_monitoring->hasUnsavedChanges() || m_items->hasUnsavedChanges() || m_outcomes->hasUnsavedChanges();
}

void EvaluationWizard::reject()
{
    if (hasUnsavedChanges()
        && !DiscardQuestion::confirmed(this, windowTitle(), tr("Discard the changes on this page that are not saved yet?")))
        return;
    QWizard::reject();
}

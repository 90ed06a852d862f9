#include "wizards/ReviewWizard.h"

#include "DiscardQuestion.h"
#include "MessageBox.h"
#include "audit/WorksheetPrefill.h"
#include "storage/CaseRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/TeamStore.h"
#include "storage/WorksheetRepository.h"
#include "wizards/CausesPage.h"
#include "wizards/FinishAndPrint.h"
#include "wizards/RecommendationsPage.h"
#include "wizards/SignOffPage.h"
#include "wizards/WorksheetPage.h"


ReviewWizard::ReviewWizard(Workspace &workspace, qint64 caseId, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    m_case = CaseRepository(workspace).find(caseId).value_or(AuditCase{});
    m_subject = SubjectRepository(workspace).find(m_case.subjectId).value_or(Subject{});
    if (auto stored = CaseRepository(workspace).review(caseId); stored && *stored)
        m_review = **stored;
    m_review.caseId = caseId;
    // A review keeps the edition it was started with; a new one (or one from before editions)
    // takes the group's latest.
    if (m_review.worksheetEdition.isEmpty())
        m_review.worksheetEdition = WorksheetRepository(workspace).latestEdition(m_subject.group).value_or(QString());
    m_items = WorksheetRepository(workspace).items(m_subject.group, m_review.worksheetEdition).value_or(QList<WorksheetItem>{});
    m_prefill = WorksheetPrefill::answers(workspace, m_subject).value_or(QMap<QString, QString>{});
    for (const DraftMember &member : TeamStore(workspace).load(m_case.cycleId).value_or(TeamDraft{}).members) {
        if (member.role == TeamRole::Expert || m_review.reviewerMemberIds.contains(member.memberId))
            m_experts.append(member);
    }

    setWindowTitle(tr("Expert review — case %1").arg(m_case.caseCode));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(new WorksheetPage(this));
    addPage(new CausesPage(this));
    addPage(new RecommendationsPage(this));
    addPage(new SignOffPage(this));
    resize(1180, 720);
    FinishAndPrint::install(this, workspace, m_case.cycleId, [this] {
        DocumentRequest request;
        request.kind = DocumentKind::Worksheet;
        request.caseCode = m_case.caseCode;
        return request;
    });
}

bool ReviewWizard::save()
{
    if (Status saved = CaseRepository(m_workspace).save(m_review); !saved) {
        MessageBox::critical(this, windowTitle(), tr("The review could not be saved; nothing was changed.\n\n%1").arg(saved.error()));
        return false;
    }
    m_changed = false;
    return true;
}

void ReviewWizard::accept()
{
    m_changed = false;
    QWizard::accept();
}

void ReviewWizard::reject()
{
    if (m_changed
        && !DiscardQuestion::confirmed(this, windowTitle(), tr("Discard the changes to this page of the review?")))
        return;
    QWizard::reject();
}

#pragma once

#include "audit/TeamDraft.h"
#include "domain/AuditCase.h"
#include "domain/ExpertReview.h"
#include "domain/Subject.h"
#include "domain/WorksheetItem.h"

#include <QMap>
#include <QWizard>

class Workspace;

// Stage 3 for one case: the worksheet (KKA), the causes, the recommendations and the experts'
// sign-off. Each page's work is validated and stored, in one transaction, when the user goes on;
// re-opening the wizard edits the stored review.
class ReviewWizard : public QWizard {
    Q_OBJECT
public:
    ReviewWizard(Workspace &workspace, qint64 caseId, QWidget *parent = nullptr);

    Workspace &workspace() { return m_workspace; }
    const AuditCase &auditCase() const { return m_case; }
    const Subject &subject() const { return m_subject; }
    ExpertReview &review() { return m_review; }
    const QList<WorksheetItem> &items() const { return m_items; }
    // What the program knows for the worksheet, by item code, for items not answered yet.
    const QMap<QString, QString> &prefill() const { return m_prefill; }
    const QList<DraftMember> &experts() const { return m_experts; }

    void markChanged() { m_changed = true; }
    bool hasChanges() const { return m_changed; }
    // Stores the review as the pages left it; on failure says so and keeps the pages as they are.
    bool save();

    void accept() override;
    void reject() override;

private:
    Workspace &m_workspace;
    AuditCase m_case;
    Subject m_subject;
    ExpertReview m_review;
    QList<WorksheetItem> m_items;
    QMap<QString, QString> m_prefill;
    QList<DraftMember> m_experts;
    bool m_changed = false;
};

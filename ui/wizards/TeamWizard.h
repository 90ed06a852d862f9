#pragma once

#include "audit/TeamDraft.h"
#include "wizards/PersonDialog.h"

#include <QWizard>

class Workspace;

// Stage 1: the decree and the team of one cycle. Pages edit a draft; Finish stores it whole, in one
// transaction. Re-opening the wizard edits the stored team.
class TeamWizard : public QWizard {
    Q_OBJECT
public:
    TeamWizard(Workspace &workspace, qint64 cycleId, QWidget *parent = nullptr);

    TeamDraft &draft() { return m_draft; }
    const PersonDialog::Choices &choices() const { return m_choices; }
    void markChanged() { m_changed = true; }
    // Replaces the draft's team with the previous cycle's; false when there is none.
    bool reusePreviousTeam();

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void draftReplaced();

private:
    Workspace &m_workspace;
    qint64 m_cycleId;
    TeamDraft m_draft;
    PersonDialog::Choices m_choices;
    bool m_changed = false;
};

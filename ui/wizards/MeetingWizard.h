#pragma once

#include "audit/MeetingCheck.h"
#include "domain/Meeting.h"
#include "wizards/MeetingChoices.h"

#include <QDate>
#include <QWizard>

class MeetingPage;
class Workspace;

// Stage 4: one audit meeting, from its invitation to the agencies' commitments. Each page is checked
// and stored in one transaction when the user moves on, so a meeting can be prepared before it is
// held and completed afterwards by re-opening it.
class MeetingWizard : public QWizard {
    Q_OBJECT
public:
    // meetingId 0 starts a new meeting; today decides whether the meeting has taken place.
    MeetingWizard(Workspace &workspace, qint64 cycleId, qint64 meetingId = 0, const QDate &today = QDate::currentDate(),
                  QWidget *parent = nullptr);

    Meeting &draft() { return m_draft; }
    const Meeting &stored() const { return m_stored; }
    const MeetingChoices &choices() const { return m_choices; }
    const MeetingCheck &check() const { return m_check; }

    // Takes the page's fields into the draft, checks them and stores the meeting; false (after
    // telling the user why) when something is wrong, and then nothing was stored.
    bool storePage(MeetingPage *page);
    bool hasUnsavedChanges() const;
    void reject() override;

private:
    void loadChoices();

    Workspace &m_workspace;
    qint64 m_cycleId;
    Meeting m_draft;
    Meeting m_stored;
    MeetingChoices m_choices;
    MeetingCheck m_check;
};

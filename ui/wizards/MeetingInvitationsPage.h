#pragma once

#include "domain/Attendance.h"
#include "domain/Person.h"
#include "wizards/MeetingPage.h"

#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

// Who is invited: agencies as a whole and people, from the team, the people the workspace knows,
// or someone new by name, agency and position.
class MeetingInvitationsPage : public MeetingPage {
    Q_OBJECT
public:
    explicit MeetingInvitationsPage(MeetingWizard *wizard);
    void collect(Meeting &meeting) const override;

    QListWidget *agencyList() const { return m_agencies; }
    QPushButton *agenciesWithItemsButton() const { return m_withItems; }
    QComboBox *knownBox() const { return m_known; }
    QPushButton *inviteKnownButton() const { return m_inviteKnown; }
    QPushButton *inviteTeamButton() const { return m_inviteTeam; }
    QLineEdit *newNameEdit() const { return m_newName; }
    QComboBox *newAgencyBox() const { return m_newAgency; }
    QLineEdit *newPositionEdit() const { return m_newPosition; }
    QPushButton *inviteNewButton() const { return m_inviteNew; }
    QTableWidget *peopleTable() const { return m_people; }
    QPushButton *removeButton() const { return m_remove; }

protected:
    void display(const Meeting &meeting) override;

private:
    void tickAgenciesWithItems();
    void invite(const Person &person);
    void inviteKnown();
    void inviteTeam();
    void inviteNew();
    void removeSelected();
    void showPeople();

    QListWidget *m_agencies;
    QPushButton *m_withItems;
    QComboBox *m_known;
    QPushButton *m_inviteKnown;
    QPushButton *m_inviteTeam;
    QLineEdit *m_newName;
    QComboBox *m_newAgency;
    QLineEdit *m_newPosition;
    QPushButton *m_inviteNew;
    QTableWidget *m_people;
    QPushButton *m_remove;
    QLabel *m_count;
    QList<Attendance> m_attendance;  // all of it; this page shows and edits the invited
};

#pragma once

#include "domain/Attendance.h"
#include "wizards/MeetingPage.h"

#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// After the meeting: who of the invited came, and who came without an invitation.
class MeetingAttendancePage : public MeetingPage {
    Q_OBJECT
public:
    enum Column { Came, Name, AgencyName, Position, Invited };

    explicit MeetingAttendancePage(MeetingWizard *wizard);
    void collect(Meeting &meeting) const override;

    QTableWidget *table() const { return m_table; }
    QLineEdit *walkInNameEdit() const { return m_name; }
    QComboBox *walkInAgencyBox() const { return m_agency; }
    QLineEdit *walkInPositionEdit() const { return m_position; }
    QPushButton *addWalkInButton() const { return m_add; }
    QPushButton *removeWalkInButton() const { return m_remove; }
    QLabel *notice() const { return m_notice; }
    QLabel *countLabel() const { return m_count; }
    // Ticks or unticks "came" for the person in that row, as a click on the box would.
    void setCame(int row, bool came);

protected:
    void display(const Meeting &meeting) override;

private:
    void takeTicks();
    void addWalkIn();
    void removeWalkIn();
    void showRows();
    void updateCount();

    QLabel *m_notice;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_agency;
    QLineEdit *m_position;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_count;
    QList<Attendance> m_attendance;
    bool m_held = false;
};

#pragma once

#include "domain/Meeting.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <functional>

class MeetingWizard;
class QPushButton;
class QTableWidget;
class Workspace;

// Stage 4: the audit meetings of a cycle; new ones and existing ones open in the meeting wizard.
class MeetingListDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Kind, Date, Place, Attended, Minutes };

    MeetingListDialog(Workspace &workspace, qint64 cycleId, const QDate &today = QDate::currentDate(), QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *deleteButton() const { return m_delete; }
    const QList<Meeting> &meetings() const { return m_meetings; }
    // The wizard is modal; tests drive it through this hook instead of a running event loop.
    static void setWizardHook(std::function<void(MeetingWizard &)> hook);

private:
    void reload();
    void openWizard(qint64 meetingId);
    void removeSelected();
    int selectedIndex() const;

    Workspace &m_workspace;
    qint64 m_cycleId;
    QDate m_today;
    QTableWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_delete;
    QList<Meeting> m_meetings;
};

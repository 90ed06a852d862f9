#pragma once

#include <QDialog>
#include <functional>

class QPushButton;
class QTableWidget;
class ReviewWizard;
class Workspace;

// Stage 3's starting point: the cycle's cases by case code, with their group, desa, the state of
// their expert review and their RTL items; opening one starts its review wizard. Shows no names,
// so it can be on screen in a meeting.
class ReviewCaseListDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { CaseCode, Group, DesaName, State, RtlItems };

    ReviewCaseListDialog(Workspace &workspace, qint64 cycleId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *openButton() const { return m_open; }
    bool reviewsChanged() const { return m_changed; }
    void refresh();
    void openCase(int row);
    // The wizard is modal; tests drive it through this hook instead of an event loop.
    static void setWizardHook(std::function<void(ReviewWizard &)> hook);

private:
    Workspace &m_workspace;
    qint64 m_cycleId;
    QList<qint64> m_caseIds;  // by row
    QTableWidget *m_table;
    QPushButton *m_open;
    bool m_changed = false;
};

#pragma once

#include <QWizardPage>
#include <functional>

class PersonDialog;

class QPushButton;
class QTableView;
class TeamMemberTableModel;
class TeamWizard;

// The team's members: add people the workspace knows or new ones, edit, remove.
class MembersPage : public QWizardPage {
    Q_OBJECT
public:
    explicit MembersPage(TeamWizard *wizard);
    void initializePage() override;

    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // The member dialog is modal; tests drive it through this hook instead of a running event loop.
    static void setDialogHook(std::function<void(PersonDialog &)> hook);

private:
    void refresh();
    void edit(int row);
    void remove();

    TeamWizard *m_wizard;
    TeamMemberTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

#pragma once

#include "domain/CycleStage.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class CaseDeleter;
class CycleView;
class OverdueDialog;
class QLabel;
class QMenu;
class QStackedWidget;
class WelcomePage;
class Workspace;
class WorkspaceLock;

// Menus, the welcome page or the cycle view, and the one open workspace. Work happens in the
// views and dialogs it opens; this class only wires them together.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openWorkspace(const QString &path);
    bool createWorkspace(const QString &path);
    bool openDemoWorkspace();
    void closeWorkspace();
    // Reopens the last workspace of the previous session, if there was one.
    void restoreSession();
    // Switches the interface language at once: menus and pages are rebuilt in it.
    void applyLanguage(const QString &code);

    Workspace *workspace() const { return m_workspace.get(); }
    CycleView *cycleView() const { return m_cycleView; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QMenu *recentMenu() const { return m_recentMenu; }
    // The list of overdue RTL items shown when a workspace opens; null when there was none.
    OverdueDialog *overdueDialog() const;
    CaseDeleter *caseDeleter() const { return m_caseDeleter; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showCentral();
    void updateTitle();
    void updateRecentMenu();
    void chooseNewWorkspace();
    void chooseWorkspaceToOpen();
    void editSettings();
    void startNewCycle();
    void registerSubject();
    void importSubjects();
    void showAbout();
    void openStage(qint64 cycleId, CycleStage stage);
    void openTracker(qint64 cycleId);
    void printDocument(qint64 cycleId);
    void showOverdueItems();
    bool adopt(std::unique_ptr<Workspace> workspace, std::unique_ptr<WorkspaceLock> lock);

    std::unique_ptr<WorkspaceLock> m_lock;
    std::unique_ptr<Workspace> m_workspace;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome = nullptr;
    CycleView *m_cycleView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_workspaceActions;
    QLabel *m_statusPath;
    CaseDeleter *m_caseDeleter;
    QPointer<OverdueDialog> m_overdue;
};

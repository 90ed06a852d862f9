#include "MainWindow.h"

#include "CaseDeleter.h"
#include "CycleView.h"
#include "DocumentDialog.h"
#include "ExportDialog.h"
#include "FileDialog.h"
#include "Language.h"
#include "MeetingListDialog.h"
#include "MessageBox.h"
#include "NewCycleDialog.h"
#include "RecentWorkspaces.h"
#include "ReviewCaseListDialog.h"
#include "SettingsDialog.h"
#include "SubjectDialog.h"
#include "WelcomePage.h"
#include "audit/OverdueItems.h"
#include "rtl/OverdueDialog.h"
#include "rtl/RtlTrackerView.h"
#include "wizards/EvaluationWizard.h"
#include "wizards/ImportWizard.h"
#include "wizards/SelectionWizard.h"
#include "wizards/TeamWizard.h"
#include "demo/DemoDistrict.h"
#include "storage/SettingsRepository.h"
#include "storage/StatisticsRepository.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLock.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_statusPath(new QLabel(this))
    , m_caseDeleter(new CaseDeleter(this))
{
    connect(m_caseDeleter, &CaseDeleter::casesChanged, this, &MainWindow::updateTitle);
    setCentralWidget(m_stack);
    statusBar()->addWidget(m_statusPath, 1);
    setMinimumSize(800, 560);
    if (!restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
        resize(qMin(1280, available.width()), qMin(800, available.height()));
    }
    buildMenus();
    showCentral();
}

MainWindow::~MainWindow() = default;

OverdueDialog *MainWindow::overdueDialog() const
{
    return m_overdue;
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    m_workspaceActions.clear();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New workspace…"), QKeySequence::New, this, &MainWindow::chooseNewWorkspace);
    file->addAction(tr("&Open workspace…"), QKeySequence::Open, this, &MainWindow::chooseWorkspaceToOpen);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open the &demonstration workspace"), this, &MainWindow::openDemoWorkspace);
    file->addSeparator();
    m_workspaceActions << file->addAction(tr("&Print a document…"), QKeySequence::Print, this, [this] {
        if (m_cycleView)
            printDocument(m_cycleView->currentCycleId());
    });
    m_workspaceActions << file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, [this] {
        if (m_workspace)
            ExportDialog(*m_workspace, this).exec();
    });
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::editSettings);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close workspace"), this, &MainWindow::closeWorkspace);
    close->setShortcuts(QKeySequence::Close);  // all of them: the first is Ctrl+F4, Ctrl+W comes second
    m_workspaceActions << close;
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    if (quit->shortcut().isEmpty())  // Windows has no standard key for Quit; office users expect Ctrl+Q
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_caseDeleter->retranslate();
    edit->addAction(m_caseDeleter->undoAction());
    edit->addAction(m_caseDeleter->deleteAction());

    QMenu *cycle = menuBar()->addMenu(tr("&Cycle"));
    m_workspaceActions << cycle->addAction(tr("&New cycle…"), this, &MainWindow::startNewCycle);
    m_workspaceActions << cycle->addAction(tr("&Reload"), QKeySequence::Refresh, this, [this] {
        if (m_cycleView)
            m_cycleView->reload();
    });
    m_workspaceActions << cycle->addAction(tr("&Follow-up plan (RTL)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, [this] {
        if (m_cycleView)
            openTracker(m_cycleView->currentCycleId());
    });

    QMenu *subjects = menuBar()->addMenu(tr("S&ubjects"));
    m_workspaceActions << subjects->addAction(tr("&Register a subject…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                                              &MainWindow::registerSubject);
    m_workspaceActions << subjects->addAction(tr("&Import from a file…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                                              &MainWindow::importSubjects);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tuntas"), this, &MainWindow::showAbout);
    updateRecentMenu();
}

void MainWindow::showCentral()
{
    for (QWidget *page : {static_cast<QWidget *>(m_welcome), static_cast<QWidget *>(m_cycleView)}) {
        if (page) {
            m_stack->removeWidget(page);
            page->deleteLater();
        }
    }
    m_welcome = nullptr;
    m_cycleView = nullptr;
    if (m_workspace) {
        m_cycleView = new CycleView(*m_workspace, m_stack);
        connect(m_cycleView, &CycleView::stageRequested, this, &MainWindow::openStage);
        connect(m_cycleView, &CycleView::loadFailed, this, [this](const QString &message) { MessageBox::critical(this, tr("Tuntas"), message); });
        connect(m_cycleView, &CycleView::newCycleRequested, this, &MainWindow::startNewCycle);
        connect(m_cycleView, &CycleView::trackerRequested, this, &MainWindow::openTracker);
        connect(m_cycleView, &CycleView::printRequested, this, &MainWindow::printDocument);
        m_stack->addWidget(m_cycleView);
    } else {
        m_welcome = new WelcomePage(m_stack);
        connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::chooseNewWorkspace);
        connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseWorkspaceToOpen);
        connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoWorkspace);
        m_stack->addWidget(m_welcome);
    }
    m_caseDeleter->attach(m_workspace.get(), m_cycleView);
    for (QAction *action : m_workspaceActions)
        action->setEnabled(m_workspace != nullptr);
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("Tuntas"));
        m_statusPath->setText(tr("No workspace open"));
        return;
    }
    auto settings = SettingsRepository(*m_workspace).load();
    const QString regency = settings && !settings->regency.isEmpty() ? settings->regency : tr("district not set");
    setWindowTitle(QStringLiteral("Tuntas — %1 — %2").arg(regency, QFileInfo(m_workspace->path()).fileName()));
    StatisticsRepository statistics(*m_workspace);
    int subjects = 0;
    for (int count : statistics.subjectsByGroup())
        subjects += count;
    m_statusPath->setText(tr("%1 · %2 subjects · %3 cases")
                              .arg(QDir::toNativeSeparators(m_workspace->path()))
                              .arg(subjects)
                              .arg(statistics.caseCount()));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentWorkspaces::list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this, [this, path] {
            if (!QFileInfo::exists(path)) {
                RecentWorkspaces::remove(path);
                updateRecentMenu();
                MessageBox::warning(this, tr("Open recent"), tr("%1 no longer exists; it was removed from the list.").arg(QDir::toNativeSeparators(path)));
                return;
            }
            openWorkspace(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::adopt(std::unique_ptr<Workspace> workspace, std::unique_ptr<WorkspaceLock> lock)
{
    closeWorkspace();
    m_workspace = std::move(workspace);
    m_lock = std::move(lock);
    RecentWorkspaces::add(m_workspace->path());
    RecentWorkspaces::setLast(m_workspace->path());
    updateRecentMenu();
    showCentral();
    showOverdueItems();
    return true;
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (m_workspace && QFileInfo(path).absoluteFilePath() == m_workspace->path())
        return true;
    auto lock = WorkspaceLock::acquire(QFileInfo(path).absoluteFilePath());
    if (!lock) {
        MessageBox::warning(this, tr("Open workspace"), lock.error());
        return false;
    }
    auto workspace = Workspace::open(path);
    if (!workspace) {
        MessageBox::critical(this, tr("Open workspace"), workspace.error());
        return false;
    }
    return adopt(std::move(workspace.value()), std::move(lock.value()));
}

bool MainWindow::createWorkspace(const QString &path)
{
    auto workspace = Workspace::create(path);
    if (!workspace) {
        MessageBox::critical(this, tr("New workspace"), workspace.error());
        return false;
    }
    auto lock = WorkspaceLock::acquire(workspace.value()->path());
    if (!lock) {
        MessageBox::warning(this, tr("New workspace"), lock.error());
        return false;
    }
    adopt(std::move(workspace.value()), std::move(lock.value()));
    editSettings();
    return true;
}

bool MainWindow::openDemoWorkspace()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.tuntas"));
    if (QFileInfo::exists(path))
        return openWorkspace(path);
    auto workspace = Workspace::create(path);
    if (!workspace) {
        MessageBox::critical(this, tr("Demonstration workspace"), workspace.error());
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status populated = DemoDistrict::populate(**workspace);
    QApplication::restoreOverrideCursor();
    if (!populated) {
        workspace->reset();
        QFile::remove(path);
        MessageBox::critical(this, tr("Demonstration workspace"), populated.error());
        return false;
    }
    workspace->reset();
    return openWorkspace(path);
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    if (m_overdue)
        m_overdue->close();
    m_caseDeleter->attach(nullptr, nullptr);
    m_workspace.reset();
    m_lock.reset();
    RecentWorkspaces::setLast(QString());
    showCentral();
}

void MainWindow::restoreSession()
{
    const QString last = RecentWorkspaces::last();
    if (!last.isEmpty() && QFileInfo::exists(last))
        openWorkspace(last);
}

void MainWindow::chooseNewWorkspace()
{
    const QString path = FileDialog::saveFileName(this, tr("New workspace"), tr("Tuntas workspaces (*.tuntas)"), QStringLiteral("tuntas"));
    if (!path.isEmpty())
        createWorkspace(path);
}

void MainWindow::chooseWorkspaceToOpen()
{
    const QString path = FileDialog::openFileName(this, tr("Open workspace"), tr("Tuntas workspaces (*.tuntas);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_workspace.get(), this);
    connect(&dialog, &SettingsDialog::languageChanged, this, &MainWindow::applyLanguage);
    if (dialog.exec() == QDialog::Accepted)
        updateTitle();
}

void MainWindow::applyLanguage(const QString &code)
{
    Language::apply(code);
    buildMenus();
    showCentral();
}

void MainWindow::startNewCycle()
{
    if (!m_workspace)
        return;
    NewCycleDialog dialog(*m_workspace, this);
    if (dialog.exec() == QDialog::Accepted && m_cycleView)
        m_cycleView->reload();
}

void MainWindow::registerSubject()
{
    if (!m_workspace)
        return;
    SubjectDialog dialog(*m_workspace, TargetGroup::Baduta, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (m_cycleView)
            m_cycleView->reload();
        updateTitle();
    }
}

void MainWindow::importSubjects()
{
    if (!m_workspace)
        return;
    ImportWizard wizard(*m_workspace, this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const ImportRunner::Counts counts = wizard.counts();
    if (m_cycleView)
        m_cycleView->reload();
    updateTitle();
    statusBar()->showMessage(tr("Imported: %1 new subjects, %2 measurements, %3 subjects updated, %4 lines left out.")
                                 .arg(counts.newSubjects)
                                 .arg(counts.measurements)
                                 .arg(counts.updatedSubjects)
                                 .arg(counts.skipped),
                             15000);
}

void MainWindow::openStage(qint64 cycleId, CycleStage stage)
{
    if (!m_workspace)
        return;
    // Stages 3 to 5 store each page's work as the user moves on, so the view is reloaded however
    // their windows close; stages 1 and 2 store everything on Finish.
    std::unique_ptr<QDialog> window;
    switch (stage) {
    case CycleStage::TeamFormation:
        window = std::make_unique<TeamWizard>(*m_workspace, cycleId, this);
        break;
    case CycleStage::CaseSelection:
        window = std::make_unique<SelectionWizard>(*m_workspace, cycleId, this);
        break;
    case CycleStage::ExpertReview:
        window = std::make_unique<ReviewCaseListDialog>(*m_workspace, cycleId, this);
        break;
    case CycleStage::Dissemination:
        window = std::make_unique<MeetingListDialog>(*m_workspace, cycleId, QDate::currentDate(), this);
        break;
    case CycleStage::FollowUpEvaluation:
        window = std::make_unique<EvaluationWizard>(*m_workspace, cycleId, this);
        break;
    }
    const bool accepted = window->exec() == QDialog::Accepted;
    const bool storesAsItGoes = stage != CycleStage::TeamFormation && stage != CycleStage::CaseSelection;
    if (m_cycleView && (accepted || storesAsItGoes))
        m_cycleView->reload();
}

void MainWindow::openTracker(qint64 cycleId)
{
    if (!m_workspace)
        return;
    if (cycleId <= 0) {
        MessageBox::information(this, tr("Follow-up plan (RTL)"), tr("The workspace has no audit cycle yet, so no follow-up plan either."));
        return;
    }
    RtlTrackerView tracker(*m_workspace, cycleId, this);
    tracker.exec();
    if (m_cycleView)
        m_cycleView->reload();
}

void MainWindow::printDocument(qint64 cycleId)
{
    if (!m_workspace)
        return;
    if (cycleId <= 0) {
        MessageBox::information(this, tr("Print a document"), tr("The workspace has no audit cycle yet; start one to print its documents."));
        return;
    }
    DocumentDialog::open(*m_workspace, cycleId, {}, this);
}

// Not modal, so that it reminds without blocking (and tests that open a workspace do not wait on it).
void MainWindow::showOverdueItems()
{
    const QDate today = QDate::currentDate();
    auto overdue = OverdueItems(*m_workspace).inOpenCycles(today);
    if (!overdue || overdue->isEmpty())
        return;
    auto *dialog = new OverdueDialog(*overdue, today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Beside the window, not in front of the keyboard: the window's shortcuts keep working.
    dialog->setAttribute(Qt::WA_ShowWithoutActivating);
    connect(dialog, &OverdueDialog::trackerRequested, this, [this, dialog](qint64 cycleId) {
        dialog->close();
        openTracker(cycleId);
    });
    m_overdue = dialog;
    dialog->show();
    activateWindow();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About Tuntas"),
                            tr("Tuntas %1\n\nRuns a district's stunting case audit (Audit Kasus Stunting) offline, from the team's "
                               "decree to the evaluation of the follow-up plan.\n\nZ-scores follow the WHO Child Growth Standards 2006 "
                               "and the WHO Reference 2007.")
                                .arg(QStringLiteral(TUNTAS_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

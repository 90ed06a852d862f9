#include "CaseDeleter.h"

#include "CycleView.h"
#include "ListPanel.h"
#include "MessageBox.h"
#include "audit/CaseRemovalSummary.h"
#include "models/CaseTableModel.h"
#include "storage/CaseRemoval.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

CaseDeleter::CaseDeleter(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_delete(new QAction(this))
    , m_undo(new QAction(this))
{
    m_undo->setShortcuts(QKeySequence::Undo);
    connect(m_delete, &QAction::triggered, this, &CaseDeleter::deleteSelected);
    connect(m_undo, &QAction::triggered, this, &CaseDeleter::undoLast);
    retranslate();
}

void CaseDeleter::retranslate()
{
    m_delete->setText(tr("&Delete case…"));
    m_delete->setToolTip(tr("Delete the selected case with its review, RTL items and visits (can be undone until Tuntas closes)"));
    updateActions();
}

void CaseDeleter::attach(Workspace *workspace, CycleView *view)
{
    m_workspace = workspace;
    m_view = view;
    if (view) {
        QTableView *table = view->casesPanel()->view();
        table->setContextMenuPolicy(Qt::ActionsContextMenu);
        table->addAction(m_delete);
        auto *button = new QToolButton(view->casesPanel());
        button->setDefaultAction(m_delete);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        view->casesPanel()->addFilterWidget(button);
        // The Delete key on the list, where it cannot be meant for a text field.
        auto *deleteKey = new QShortcut(QKeySequence(QKeySequence::Delete), table);
        deleteKey->setContext(Qt::WidgetShortcut);
        connect(deleteKey, &QShortcut::activated, this, &CaseDeleter::deleteSelected);
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseDeleter::updateActions);
        connect(table->model(), &QAbstractItemModel::modelReset, this, &CaseDeleter::updateActions);
    }
    updateActions();
}

int CaseDeleter::lastOfWorkspace() const
{
    for (int i = int(m_deleted.size()) - 1; m_workspace && i >= 0; --i) {
        if (m_deleted.at(i).workspacePath == m_workspace->path())
            return i;
    }
    return -1;
}

int CaseDeleter::undoableCount() const
{
    int count = 0;
    for (const Deleted &deleted : m_deleted)
        count += m_workspace && deleted.workspacePath == m_workspace->path() ? 1 : 0;
    return count;
}

qint64 CaseDeleter::selectedCaseId() const
{
    if (!m_view)
        return 0;
    QTableView *table = m_view->casesPanel()->view();
    const QModelIndexList rows = table->selectionModel() ? table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    const QModelIndex source = m_view->casesPanel()->proxy()->mapToSource(rows.first());
    const auto *model = static_cast<const CaseTableModel *>(m_view->casesPanel()->proxy()->sourceModel());
    return source.isValid() && source.row() < model->rows().size() ? model->rows().at(source.row()).id : 0;
}

void CaseDeleter::updateActions()
{
    m_delete->setEnabled(m_workspace && selectedCaseId() > 0);
    const int last = lastOfWorkspace();
    m_undo->setEnabled(last >= 0);
    m_undo->setText(last < 0 ? tr("&Undo") : tr("&Undo delete of case %1").arg(m_deleted.at(last).snapshot.caseCode));
}

bool CaseDeleter::deleteSelected()
{
    const qint64 caseId = selectedCaseId();
    if (!m_workspace || caseId <= 0)
        return false;
    const QString title = tr("Delete case");
    CaseRemoval removal(*m_workspace);
    auto preview = removal.preview(caseId);
    if (!preview) {
        MessageBox::warning(m_window, title, preview.error());
        return false;
    }
    QString question;
    if (preview->takesMore()) {
        question = tr("Delete case %1? These go with it:\n\n%2\n\nThe subject stays registered. Edit > Undo puts it all back "
                      "until Tuntas closes.")
                       .arg(preview->caseCode, QStringLiteral("• ") + CaseRemovalSummary::lines(*preview).join(QStringLiteral("\n• ")));
    } else {
        question = tr("Delete case %1? It has no review, RTL items or visits yet; the subject stays registered.").arg(preview->caseCode);
    }
    if (MessageBox::question(m_window, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    auto removed = removal.remove(caseId);
    if (!removed) {
        MessageBox::critical(m_window, title, removed.error());
        return false;
    }
    m_deleted.append({m_workspace->path(), std::move(removed.value())});
    if (m_view)
        m_view->reload();
    updateActions();
    Q_EMIT casesChanged();
    return true;
}

bool CaseDeleter::undoLast()
{
    const int last = lastOfWorkspace();
    if (last < 0)
        return false;
    // Kept when restoring fails, so that nothing the user deleted is lost from memory.
    if (Status status = CaseRemoval(*m_workspace).restore(m_deleted.at(last).snapshot); !status) {
        MessageBox::critical(m_window, tr("Undo delete"), status.error());
        return false;
    }
    m_deleted.removeAt(last);
    if (m_view) {
        m_view->reload();
        m_view->tabs()->setCurrentWidget(m_view->casesPanel());
    }
    updateActions();
    Q_EMIT casesChanged();
    return true;
}

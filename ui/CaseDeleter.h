#pragma once

#include "storage/CaseSnapshot.h"

#include <QList>
#include <QObject>
#include <QPointer>

class CycleView;
class QAction;
class QToolButton;
class QWidget;
class Workspace;

// "Delete case…" on the cycle view's list of cases, and its undo: the deleted cases are kept in
// memory with the workspace file they came from, so that the last one can be put back exactly
// until the program closes, also after that workspace was closed and opened again.
class CaseDeleter : public QObject {
    Q_OBJECT
public:
    explicit CaseDeleter(QWidget *window);

    // The workspace and view to work on (both null when no workspace is open).
    void attach(Workspace *workspace, CycleView *view);
    void retranslate();

    QAction *deleteAction() const { return m_delete; }
    QAction *undoAction() const { return m_undo; }
    // How many deleted cases of the open workspace can be put back.
    int undoableCount() const;

    // Asks, then deletes the case selected in the view's list of cases; false when nothing was deleted.
    bool deleteSelected();
    // Restores the most recently deleted case; false when there was none or it could not be restored.
    bool undoLast();

Q_SIGNALS:
    void casesChanged();

private:
    qint64 selectedCaseId() const;
    int lastOfWorkspace() const;  // index into m_deleted, -1 when none
    void updateActions();

    QWidget *m_window;
    Workspace *m_workspace = nullptr;
    QPointer<CycleView> m_view;
    QAction *m_delete;
    QAction *m_undo;
    struct Deleted {
        QString workspacePath;
        CaseSnapshot snapshot;
    };
    QList<Deleted> m_deleted;  // oldest first
};

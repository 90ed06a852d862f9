#pragma once

#include "domain/CycleStage.h"

#include <QList>
#include <QWidget>

class ActionItemTableModel;
class CaseTableModel;
class ListPanel;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class StageStrip;
class SubjectTableModel;
class Workspace;

// The heart of the main window: a cycle's five stages and the lists of subjects, cases and RTL items.
class CycleView : public QWidget {
    Q_OBJECT
public:
    explicit CycleView(Workspace &workspace, QWidget *parent = nullptr);

    // Reads everything again from the workspace (after a wizard or an import changed it).
    void reload();
    qint64 currentCycleId() const;

    StageStrip *stageStrip() const { return m_strip; }
    QComboBox *cycleSelector() const { return m_cycles; }
    ListPanel *subjectsPanel() const { return m_subjects; }
    ListPanel *casesPanel() const { return m_cases; }
    ListPanel *actionItemsPanel() const { return m_items; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *groupFilter() const { return m_groupFilter; }
    QWidget *noCycleNote() const { return m_noCycle; }
    QPushButton *newCycleButton() const { return m_newCycle; }
    QPushButton *trackerButton() const { return m_tracker; }
    QPushButton *printButton() const { return m_print; }

Q_SIGNALS:
    void stageRequested(qint64 cycleId, CycleStage stage);
    void loadFailed(const QString &message);
    // The workspace has no cycle yet and the user asked to start one.
    void newCycleRequested();
    void trackerRequested(qint64 cycleId);
    void printRequested(qint64 cycleId);

private:
    void loadCycles();
    void showCycle();

    Workspace &m_workspace;
    QComboBox *m_cycles;
    QLabel *m_period;
    StageStrip *m_strip;
    QWidget *m_noCycle;
    QPushButton *m_newCycle;
    QPushButton *m_tracker;
    QPushButton *m_print;
    QTabWidget *m_tabs;
    SubjectTableModel *m_subjectModel;
    CaseTableModel *m_caseModel;
    ActionItemTableModel *m_itemModel;
    ListPanel *m_subjects;
    ListPanel *m_cases;
    ListPanel *m_items;
    QComboBox *m_groupFilter;
};

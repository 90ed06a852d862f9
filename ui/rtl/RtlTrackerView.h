#pragma once

#include "storage/RtlItemRow.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class Workspace;

// The follow-up plan (RTL) of one cycle: every item grouped by agency (OPD) or by case, a status
// filter, the overdue items on a tab of their own, and the actions on them. Shows case codes only.
class RtlTrackerView : public QDialog {
    Q_OBJECT
public:
    enum Column { Case, Problem, Activity, Type, Timing, Agency, Start, Due, Status, Approved };
    enum class Grouping { ByAgency, ByCase };
    enum OverdueColumn { OverdueCase, OverdueActivity, OverdueAgency, OverdueDue, OverdueDays, OverdueStatus };

    RtlTrackerView(Workspace &workspace, qint64 cycleId, QWidget *parent = nullptr);

    // The date overdue is measured against; today unless a test says otherwise.
    void setToday(const QDate &today);
    void reload();
    QList<qint64> selectedItemIds() const;
    void selectItems(const QList<qint64> &itemIds);

    void addItem();
    void editSelected();
    void deleteSelected();
    void approveSelected();
    void carryUnfinished();

    QTreeWidget *tree() const { return m_tree; }
    QTreeWidget *overdueList() const { return m_overdue; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *groupingBox() const { return m_grouping; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *carryButton() const { return m_carry; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void fillTree();
    void fillOverdue();
    bool passesFilter(const RtlItemRow &row) const;
    QString groupOf(const RtlItemRow &row, Grouping grouping) const;
    QTreeWidgetItem *itemRow(const RtlItemRow &row) const;
    void updateButtons();

    Workspace &m_workspace;
    qint64 m_cycleId;
    QDate m_today = QDate::currentDate();
    QList<RtlItemRow> m_rows;
    QLabel *m_heading;
    QComboBox *m_grouping;
    QComboBox *m_statusFilter;
    QTabWidget *m_tabs;
    QTreeWidget *m_tree;
    QTreeWidget *m_overdue;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_approve;
    QPushButton *m_carry;
};

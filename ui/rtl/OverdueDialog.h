#pragma once

#include "storage/RtlItemRow.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QPushButton;
class QTreeWidget;

// The RTL items past their due date and not done, shown when a workspace opens. Not modal: it
// reminds, and the work can go on beside it.
class OverdueDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Case, Activity, Agency, Due, DaysOverdue, Cycle };

    OverdueDialog(const QList<RtlItemRow> &rows, const QDate &today, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *trackerButton() const { return m_tracker; }

Q_SIGNALS:
    // The user wants the tracker of this cycle (the selected item's, else the first item's).
    void trackerRequested(qint64 cycleId);

private:
    QList<RtlItemRow> m_rows;
    QTreeWidget *m_list;
    QPushButton *m_tracker;
};

#pragma once

#include "models/RowTableModel.h"
#include "storage/ListRows.h"

#include <QDate>

// A cycle's RTL items; those past their due date and not done are shown in red.
class ActionItemTableModel : public RowTableModel<ActionItemRow> {
    Q_OBJECT
public:
    enum Column { Case, Activity, Agency, Due, Status };
    explicit ActionItemTableModel(QObject *parent = nullptr) : RowTableModel(parent) {}
    void setToday(const QDate &today) { m_today = today; }
    bool isOverdue(const ActionItemRow &row) const;

protected:
    QStringList headers() const override;
    QVariant display(const ActionItemRow &row, int column) const override;
    QVariant sortKey(const ActionItemRow &row, int column) const override;
    QVariant toolTip(const ActionItemRow &row, int column) const override;
    QVariant foreground(const ActionItemRow &row, int column) const override;

private:
    QDate m_today = QDate::currentDate();
};

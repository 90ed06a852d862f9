#pragma once

#include "models/RowTableModel.h"
#include "storage/ListRows.h"

#include <QDate>
#include <QHash>

// The workspace's subjects: name, group, sex, age, desa, last measurement and its length/height-for-age z.
class SubjectTableModel : public RowTableModel<SubjectRow> {
    Q_OBJECT
public:
    enum Column { Name, Group, SexColumn, Age, Desa, LastMeasured, ZLengthAge };
    explicit SubjectTableModel(QObject *parent = nullptr) : RowTableModel(parent) {}
    void setToday(const QDate &today) { m_today = today; }
    // Each subject's screening (z-scores, maternal and family risks) by id, shown on its name;
    // set before the rows.
    void setScreening(const QHash<qint64, QStringList> &findings) { m_findings = findings; }

protected:
    QStringList headers() const override;
    QVariant display(const SubjectRow &row, int column) const override;
    QVariant sortKey(const SubjectRow &row, int column) const override;
    QVariant foreground(const SubjectRow &row, int column) const override;
    QVariant toolTip(const SubjectRow &row, int column) const override;
    QVariant alignment(int column) const override;

private:
    static std::optional<double> zLengthAge(const SubjectRow &row);
    static bool flagged(const SubjectRow &row);  // WHO's flag for an implausible value
    QDate m_today = QDate::currentDate();
    QHash<qint64, QStringList> m_findings;
};

#pragma once

#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

// One stored row as it was: its table and every column's value.
struct SnapshotRow {
    QString table;
    QSqlRecord record;
    QString nulledColumn;  // for a detached row: the reference the delete set to NULL

    qint64 id() const { return record.value(QStringLiteral("id")).toLongLong(); }
};

// Everything deleting an audit case takes with it, copied before the delete so that the case can
// be put back exactly (same ids, uuids and values). Kept in memory only, until the program closes.
struct CaseSnapshot {
    qint64 caseId = 0;
    QString caseCode;
    QList<SnapshotRow> removed;   // parents before children: the order to insert them back in
    QList<SnapshotRow> detached;  // rows that stay but lose a reference to a removed row (ON DELETE SET NULL)

    int count(const QString &table) const
    {
        int n = 0;
        for (const SnapshotRow &row : removed)
            n += row.table == table ? 1 : 0;
        return n;
    }
    // Whether anything but the case row itself goes with it.
    bool takesMore() const { return removed.size() > 1; }
};

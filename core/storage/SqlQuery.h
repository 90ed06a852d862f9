#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <optional>

class Workspace;

// A prepared statement with bound values (never text pasted into SQL) whose failure is a Status.
class SqlQuery {
    Q_DECLARE_TR_FUNCTIONS(SqlQuery)
public:
    SqlQuery(const Workspace &workspace, const QString &sql);
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;
    // A write statement the workspace keeps prepared, for writes repeated many times.
    static SqlQuery reused(Workspace &workspace, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    // By name: the names are looked up once per query (QSqlQuery builds a whole record per call).
    QVariant value(const QString &column) const;
    // The current row whole, column names with their values (for copying rows generically).
    QSqlRecord record() const { return m_query->record(); }
    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }

private:
    explicit SqlQuery(QSqlQuery &prepared) : m_query(&prepared), m_prepared(true) {}
    std::optional<QSqlQuery> m_own;  // a statement of its own, or none when reusing the workspace's
    QSqlQuery *m_query;
    bool m_prepared = false;
    mutable QHash<QString, int> m_columns;
};

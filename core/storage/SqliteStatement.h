#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QVariant>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on SQLite's own interface, for writes repeated so often that Qt's driver
// costs more than SQLite itself (it binds every value through a QVariant and converts every text
// twice, and reads every column of a row into a QVariant). Values are bound by position; texts
// are copied as UTF-8 into a buffer each position keeps, so binding allocates nothing once the
// buffers have grown. Rows are read column by column, only the columns asked for.
class SqliteStatement {
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)
public:
    SqliteStatement(sqlite3 *connection, const QByteArray &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Positions count from 1, as in SQLite. As SqlValue stores them: a null QString as '' (the
    // text columns are NOT NULL), dates as ISO text, absent dates, optionals and ids of 0 as NULL.
    void bind(int position, const QString &text);
    void bind(int position, const QDate &date);
    void bind(int position, qint64 value);
    void bind(int position, double value);
    void bind(int position, std::optional<double> value);
    void bind(int position, std::optional<int> value);
    void bindId(int position, qint64 id);
    void bindNull(int position);

    // Runs the statement once and makes it ready for the next values.
    Status step();
    // Runs a query for one number: its first row's first column.
    Result<qint64> integer();
    // Steps to the query's next row: false after the last, when the statement is ready to run again.
    Result<bool> next();
    // A column of the current row as Qt's driver gives it: NULL as a null QVariant, integers as
    // qint64, reals as double, text as QString. By name: the first column of that name.
    QVariant value(int column) const;
    QVariant value(const QString &column) const;
    // Whether the connection is inside a transaction (SQLite ends it itself on some errors).
    bool inTransaction() const;

private:
    void bindBuffer(int position);

    sqlite3 *m_connection;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
    std::vector<std::string> m_texts;  // by position; sized once, so bound buffers never move
    mutable QHash<QString, int> m_columns;
};

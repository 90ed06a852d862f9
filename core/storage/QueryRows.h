#pragma once

#include "Result.h"
#include "storage/EntityRow.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QList>

// Runs a query and turns each row into a value with the given reader.
class QueryRows {
    Q_DECLARE_TR_FUNCTIONS(QueryRows)
public:
    template <typename T, typename Reader>
    static Result<QList<T>> list(SqlQuery &query, Reader read)
    {
        if (Status status = query.exec(); !status)
            return Error{status.error()};
        QList<T> rows;
        while (query.next()) {
            T row;
            EntityRow::read(query, row);
            read(query, row);
            rows.append(std::move(row));
        }
        return rows;
    }

    // The same through SQLite's own interface, for lists of many thousand rows.
    template <typename T, typename Reader>
    static Result<QList<T>> list(SqliteStatement &query, Reader read)
    {
        QList<T> rows;
        while (true) {
            auto next = query.next();
            if (!next)
                return Error{next.error()};
            if (!*next)
                return rows;
            T row;
            EntityRow::read(query, row);
            read(query, row);
            rows.append(std::move(row));
        }
    }

    // The single row the query selects, or an error naming what was not found.
    template <typename T, typename Reader>
    static Result<T> one(SqlQuery &query, Reader read, const QString &whatWasSought)
    {
        auto rows = list<T>(query, read);
        if (!rows)
            return Error{rows.error()};
        if (rows->isEmpty())
            return Error{tr("%1 was not found in the workspace.").arg(whatWasSought)};
        return rows->first();
    }
};

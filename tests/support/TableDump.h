#pragma once

#include "storage/Workspace.h"

#include <QSqlQuery>
#include <QStringList>

// Every row of every table as SQLite itself quotes it (type and value, blobs in hex), for tests
// that must show a workspace came back exactly as it was.
inline QStringList tableDump(const Workspace &workspace)
{
    QStringList tables;
    QSqlQuery names(workspace.database());
    names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (names.next())
        tables.append(names.value(0).toString());
    QStringList dump;
    for (const QString &table : tables) {
        QStringList quoted;
        QSqlQuery columns(workspace.database());
        columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        while (columns.next())
            quoted.append(QStringLiteral("quote(\"%1\")").arg(columns.value(0).toString()));
        QSqlQuery rows(workspace.database());
        rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(quoted.join(QStringLiteral(" || '|' || ")), table));
        while (rows.next())
            dump.append(table + QLatin1Char(':') + rows.value(0).toString());
    }
    return dump;
}

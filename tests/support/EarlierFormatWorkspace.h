#pragma once

#include "storage/Migrations.h"
#include "storage/SqlScript.h"
#include "storage/Workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Writes a workspace file as a program of an earlier schema version made it: the migrations up to
// `version`, nothing later. `fill` then runs SQL on it in that format, before the file is closed.
inline void writeEarlierFormatWorkspace(const QString &path, int version, const QStringList &fill = {})
{
    const QString connection = QStringLiteral("earlier-format");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("Cannot create %s", qPrintable(path));
        auto run = [&db](const QString &sql) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        };
        run(QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId));
        for (const Migration &migration : Migrations::all()) {
            if (migration.version > version)
                break;
            for (const QString &statement : SqlScript::statements(migration.script))
                run(statement);
        }
        run(QStringLiteral("PRAGMA user_version = %1").arg(version));
        for (const QString &sql : fill)
            run(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

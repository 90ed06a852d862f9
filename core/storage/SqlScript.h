#pragma once

#include <QString>
#include <QStringList>

// Splits a migration file into statements. Qt's SQLite driver runs one statement per exec();
// semicolons inside quotes and inside CREATE TRIGGER ... END bodies do not end a statement.
class SqlScript {
public:
    static QStringList statements(const QString &script);
};

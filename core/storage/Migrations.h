#pragma once

#include <QList>
#include <QString>

// The numbered schema migrations compiled into the program (core/storage/migrations/NNN_name.sql).
// A workspace's PRAGMA user_version is the number of the last migration applied to it.
struct Migration {
    int version = 0;
    QString name;
    QString script;
};

class Migrations {
public:
    static const QList<Migration> &all();
    static int latestVersion();
};

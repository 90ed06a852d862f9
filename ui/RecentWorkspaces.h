#pragma once

#include <QStringList>

// The workspaces opened last, newest first, kept in QSettings.
class RecentWorkspaces {
public:
    static constexpr int Limit = 8;
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static QString last();
    static void setLast(const QString &path);  // empty when the user closed the workspace
};

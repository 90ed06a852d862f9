#include "RecentWorkspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString RecentKey = QStringLiteral("workspaces/recent");
const QString LastKey = QStringLiteral("workspaces/last");
}

QStringList RecentWorkspaces::list()
{
    return QSettings().value(RecentKey).toStringList();
}

void RecentWorkspaces::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(RecentKey, paths.mid(0, Limit));
}

void RecentWorkspaces::remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(RecentKey, paths);
}

QString RecentWorkspaces::last()
{
    return QSettings().value(LastKey).toString();
}

void RecentWorkspaces::setLast(const QString &path)
{
    QSettings().setValue(LastKey, path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
}

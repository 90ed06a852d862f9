#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
        const QDir dir(QStringLiteral(":/storage/migrations"));
        for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile source(dir.filePath(file));
            if (!source.open(QIODevice::ReadOnly))
                continue;
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(source.readAll())});
        }
        std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().last().version;
}

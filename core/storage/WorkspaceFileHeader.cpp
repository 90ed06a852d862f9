#include "storage/WorkspaceFileHeader.h"

#include <QFile>
#include <QtEndian>

WorkspaceFileHeader WorkspaceFileHeader::read(const QString &path)
{
    WorkspaceFileHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}

#include "importing/ImportFile.h"

#include "importing/CsvTable.h"

#include <QFile>

Result<ImportTable> ImportFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(path, file.errorString())};
    return CsvTable::read(file.readAll());
}

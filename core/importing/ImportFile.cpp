#include "importing/ImportFile.h"

#include "importing/CsvTable.h"
#include "importing/XlsxReader.h"

#include <QFile>

Result<ImportTable> ImportFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(path, file.errorString())};
    const QByteArray data = file.readAll();
    return XlsxReader::isWorkbook(data.left(8)) ? XlsxReader::read(data) : CsvTable::read(data);
}

#include "exporting/ExportFile.h"

#include "exporting/CsvTableWriter.h"
#include "exporting/XlsxTableWriter.h"

#include <QDir>
#include <QFileInfo>

Result<ExportFile::Format> ExportFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return Error{tr("%1: the file name must end in .csv or .xlsx, which decides the format.").arg(QDir::toNativeSeparators(path))};
}

Status ExportFile::write(const ExportTable &table, const QString &path)
{
    const Result<Format> format = formatOf(path);
    if (!format)
        return Error{format.error()};
    return *format == Format::Csv ? CsvTableWriter::write(table, path) : XlsxTableWriter::write(table, path);
}

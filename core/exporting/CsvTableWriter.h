#pragma once

#include "Result.h"
#include "exporting/ExportTable.h"

#include <QCoreApplication>

// Writes a table as CSV the way a spreadsheet set to Indonesian opens it: UTF-8 with a byte order
// mark, semicolons, decimal commas, dd/mm/yyyy dates, CRLF. The file is replaced only when the
// whole table is written; a failed write leaves whatever was there before.
class CsvTableWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvTableWriter)
public:
    static Status write(const ExportTable &table, const QString &path);

private:
    // One value as it appears in the file, quoted when needed.
    static QString field(const QVariant &value);
};

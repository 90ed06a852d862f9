#pragma once

#include "Result.h"
#include "exporting/ExportTable.h"
#include "exporting/XlsxWorksheet.h"

#include <QCoreApplication>

// Writes a table as an Excel workbook of one sheet named after the table: numbers as numbers,
// dates as date cells shown dd/mm/yyyy, text as text (a NIK keeps its 16 digits), a bold and
// frozen header row with an autofilter, columns as wide as their contents. The workbook's parts
// (SpreadsheetML) are written with QXmlStreamWriter and zipped with QuaZip into a temporary file
// beside the target, renamed over it only when complete.
class XlsxTableWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)
public:
    static Status write(const ExportTable &table, const QString &path);

    static constexpr int MaximumRows = int(XlsxWorksheet::MaximumRows);  // Excel's limit per sheet, header included
};

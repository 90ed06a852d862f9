#pragma once

#include "Result.h"
#include "exporting/ExportTable.h"

#include <QCoreApplication>

class QIODevice;
class XlsxStringTable;

// The one sheet of an exported workbook (xl/worksheets/sheet1.xml): the header in bold, frozen and
// with an autofilter over the table, columns as wide as their contents, text cells by their index
// in the shared strings. Refers to the table, which must outlive it.
class XlsxWorksheet {
    Q_DECLARE_TR_FUNCTIONS(XlsxWorksheet)
public:
    // Excel's limits per sheet.
    static constexpr qsizetype MaximumRows = 1048576;
    static constexpr qsizetype MaximumColumns = 16384;
    static constexpr qsizetype MaximumTextLength = 32767;

    // The sheet of the table, or what keeps the table from fitting in one (too many rows or
    // columns, the first text too long for its cell).
    static Result<XlsxWorksheet> of(const ExportTable &table);

    // The name of the sheet: the table's title without what Excel forbids in one, at most 31 characters.
    QString name() const;
    // The cells under the header's autofilter, such as "$A$1:$E$3"; empty without a header.
    QString filterRange() const;
    // Writes the part, adding its text to strings; false when the device refused it.
    bool write(QIODevice &device, XlsxStringTable &strings) const;

    // A column's letters: 0 is A, 25 is Z, 26 is AA.
    static QString columnName(qsizetype column);

private:
    explicit XlsxWorksheet(const ExportTable &table) : m_table(&table) {}

    const ExportTable *m_table;
    QList<double> m_widths;  // of every column with a header or a value
};

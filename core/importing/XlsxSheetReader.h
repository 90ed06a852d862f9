#pragma once

#include "Result.h"
#include "importing/ImportTable.h"
#include "importing/XlsxStyles.h"

#include <QCoreApplication>
#include <QStringList>
#include <string>
#include <string_view>

class QIODevice;
class XmlPullReader;

// Streams a worksheet part (<sheetData>: rows of cells) into an ImportTable: the first row with
// any text is the header, later rows with text are the data, each with its Excel row number.
class XlsxSheetReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)
public:
    // Excel's own limits, and a bound on the cells kept (gaps filled) for a file that claims more.
    static constexpr int MaxRow = 1048576;
    static constexpr int MaxColumn = 16384;
    static constexpr qint64 MaxCells = 20'000'000;

    XlsxSheetReader(const QStringList &sharedStrings, const XlsxStyles &styles, bool date1904);
    // An empty table (no header) when the sheet holds no text.
    Result<ImportTable> read(QIODevice *device, const QString &part);

    // "C5" -> column 2 (counted from 0) and row 5; false when it is not a cell reference.
    static bool parseReference(std::string_view reference, int &column, int &row);

private:
    Status readCell(XmlPullReader &xml, const QString &part, int &column, int row);
    void finishRow(int row);

    const QStringList &m_sharedStrings;
    const XlsxStyles &m_styles;
    bool m_date1904;
    ImportTable m_table;
    bool m_haveHeader = false;
    QStringList m_cells;  // of the row being read
    std::string m_value;  // the <v> of the cell being read
    qint64 m_cellCount = 0;
};

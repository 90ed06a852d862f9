#pragma once

class QIODevice;

// The workbook's cell styles (xl/styles.xml): Calibri 11, bold for the header, dd/mm/yyyy for dates.
class XlsxStyleSheet {
public:
    // Indexes into cellXfs, the s attribute of a cell.
    enum Style { Default = 0, Header = 1, Date = 2, Number = 3 };

    static bool write(QIODevice &device);
};

#pragma once

#include <QDate>
#include <QString>

// Dates as Indonesian spreadsheets write them: day first (31/10/2023, 31-10-2023, 31.10.2023,
// 31/10/23), ISO (2023-10-31), or an Excel serial number (45230).
class ImportDate {
public:
    static QDate parse(const QString &text);
    static QDate fromExcelSerial(double serial);
};

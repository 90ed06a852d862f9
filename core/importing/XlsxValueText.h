#pragma once

#include <QString>
#include <string_view>

// Cell values as the import reads them, the same text a CSV export would give: whole numbers
// with all their digits (a NIK stored as a number), other numbers in the shortest form that reads
// back to the same value, with a '.', and date cells as ISO dates. Values are the UTF-8 text of <v>.
class XlsxValueText {
public:
    // The <v> of a number cell.
    static QString number(std::string_view value);
    // A date cell's serial number: "2023-10-31", with " 14:30:00" when it holds a time of day too;
    // a time alone (below 1) gives "14:30:00". Serial numbers outside Excel's dates give the number.
    static QString date(std::string_view value, bool date1904);
    // The <v> of a t="d" cell (ISO 8601 already): the date alone when the time is midnight.
    static QString isoDate(std::string_view value);
    static QString boolean(std::string_view value);
};

#pragma once

#include <QString>
#include <QVariant>
#include <optional>

// A table value as an Excel cell: a number, a date (a serial day shown through a date style), text,
// or nothing at all.
struct XlsxCellValue {
    enum class Kind { Empty, Number, Date, Text };

    Kind kind = Kind::Empty;
    QString text;  // the cell's <v> for a number or date, the string itself (fit for XML) for text

    static XlsxCellValue of(const QVariant &value);

    // About how many characters wide the cell shows: its longest line.
    qsizetype shownWidth() const;

    // The day number Excel's 1900 date system gives a date, none for dates it cannot hold (before
    // 1900 or after 9999).
    static std::optional<qint64> dateSerial(QDate date);

    // The text without what XML 1.0 forbids: control characters other than tab and line feed (a
    // carriage return becomes a line break), lone surrogates, U+FFFE and U+FFFF.
    static QString xmlSafe(const QString &text);
    // The text as a cell's string: XML-safe, and with the underscore of a literal "_xHHHH_" escaped
    // as "_x005F_", since Excel reads such a sequence in a cell as a character code.
    static QString cellText(const QString &text);
};

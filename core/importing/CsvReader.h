#pragma once

#include <QByteArray>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

// Reads delimited text as spreadsheets write it: comma, semicolon or tab (detected from the first
// line), double-quoted fields with "" inside, CRLF or LF line ends, an optional UTF-8 BOM.
// Fields are views into the data; they stay valid until the next call to next().
class CsvReader {
public:
    explicit CsvReader(const QByteArray &data);
    // A part of a larger text whose delimiter is known, starting on line firstLine.
    CsvReader(std::string_view data, char delimiter, int firstLine);

    char delimiter() const { return m_delimiter; }
    // Reads the next record; false at the end of the data.
    bool next(std::vector<std::string_view> &fields);
    // The line on which the record last read starts (1 for the first line).
    int lineNumber() const { return m_recordLine; }
    // Where the next record starts, as an offset into the data.
    std::size_t position() const { return m_position; }

    static char detectDelimiter(std::string_view firstLine);

private:
    std::string_view m_data;
    std::size_t m_position = 0;
    int m_line = 1;
    int m_recordLine = 0;
    char m_delimiter = ',';
    std::deque<std::string> m_unquoted;
};

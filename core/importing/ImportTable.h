#pragma once

#include <QList>
#include <QStringList>

// A spreadsheet's contents as text, whatever file it came from (CSV or XLSX): the header line and
// the data lines, each with the line (or row) number the user sees in the file.
struct ImportTable {
    struct Row {
        int line = 0;
        QStringList cells;
    };
    QStringList header;
    QList<Row> rows;
};

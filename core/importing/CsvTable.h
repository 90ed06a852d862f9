#pragma once

#include "Result.h"
#include "importing/ImportTable.h"

#include <QByteArray>
#include <QCoreApplication>

// A CSV file as spreadsheets save it, read into an import table: UTF-8 (with or without BOM),
// Windows-1252 as older Excel versions write, or UTF-16 as Excel's "Unicode text" does; comma,
// semicolon or tab separated. Blank lines are left out; lines keep their numbers in the file.
class CsvTable {
    Q_DECLARE_TR_FUNCTIONS(CsvTable)
public:
    static Result<ImportTable> read(const QByteArray &data);
    // The bytes as text in whichever of those encodings they are.
    static QString decode(const QByteArray &data);
};

#pragma once

#include "Result.h"
#include "importing/ImportTable.h"

#include <QCoreApplication>

// Reads a file to import, CSV or Excel workbook, whichever it is (by its content, not its name).
class ImportFile {
    Q_DECLARE_TR_FUNCTIONS(ImportFile)
public:
    static Result<ImportTable> read(const QString &path);
};

#pragma once

#include "Result.h"
#include "exporting/ExportTable.h"

#include <QCoreApplication>

// Writes a table to the file a user named, in the format its extension asks for: .csv or .xlsx.
class ExportFile {
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    enum class Format { Csv, Xlsx };

    static Result<Format> formatOf(const QString &path);
    static Status write(const ExportTable &table, const QString &path);
};

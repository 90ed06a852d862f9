#pragma once

#include "Result.h"
#include "importing/ImportTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

// Reads the first worksheet of an Excel workbook (.xlsx, Office Open XML) into an ImportTable:
// the first row with text is the header, later rows with text are the data, each with the row
// number Excel shows. Numbers, dates and booleans come out as text (see XlsxValueText). Any
// input that is not a readable workbook gives an error that says what to do instead.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    static Result<ImportTable> read(const QString &path);
    static Result<ImportTable> read(const QByteArray &data);
    static Result<ImportTable> read(QIODevice *device);

    // Whether the bytes a file starts with are those of a workbook (a zip, or an old .xls or a
    // password-protected workbook, which this reader explains) rather than of a CSV text.
    static bool isWorkbook(const QByteArray &start);
};

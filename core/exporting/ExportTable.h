#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// A table to write to a file, as rows of typed values under a header: QDate for dates, double or
// qlonglong for numbers, QString for text (identity numbers included), a null QVariant for nothing.
struct ExportTable {
    QString title;  // names the spreadsheet's sheet, e.g. "Subjects"
    QStringList header;
    QList<QVariantList> rows;
};

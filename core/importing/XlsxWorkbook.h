#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

// What the import needs from xl/workbook.xml: the first visible sheet in workbook order (the
// leftmost tab the user sees) and the date system.
class XlsxWorkbook {
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)
public:
    QString firstSheetName;
    QString firstSheetRelationshipId;
    bool date1904 = false;  // dates count from 1904-01-01 (old Mac workbooks)

    static Result<XlsxWorkbook> read(QIODevice *device, const QString &part);
    static Error notAWorkbook();
};

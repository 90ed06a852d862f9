#pragma once

#include <QDateTime>
#include <QString>

class QIODevice;

// The parts of a one-sheet workbook around its sheet, styles and strings: what the package holds
// ([Content_Types].xml), how its parts relate (_rels/.rels, xl/_rels/workbook.xml.rels), the
// document's properties (docProps/app.xml, docProps/core.xml) and the workbook (xl/workbook.xml).
// Each returns false when the device refused what was written.
class XlsxPackageParts {
public:
    static inline const QString Worksheet = QStringLiteral("xl/worksheets/sheet1.xml");
    static inline const QString Styles = QStringLiteral("xl/styles.xml");
    static inline const QString SharedStrings = QStringLiteral("xl/sharedStrings.xml");

    static bool writeContentTypes(QIODevice &device);
    static bool writePackageRelationships(QIODevice &device);
    static bool writeApplicationProperties(QIODevice &device, const QString &sheetName);
    static bool writeCoreProperties(QIODevice &device, const QDateTime &created);
    // filterRange: the autofilter's cells such as "$A$1:$E$3", empty for none.
    static bool writeWorkbook(QIODevice &device, const QString &sheetName, const QString &filterRange);
    static bool writeWorkbookRelationships(QIODevice &device);
};

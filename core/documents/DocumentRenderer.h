#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QString>

class PrintableDocument;

// Paints a PrintableDocument page by page onto a PDF file or a printer, with what every page
// carries beside the content: "Halaman 2 dari 7" at the foot, and "RAHASIA" at head and foot
// of an internal copy.
class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)
public:
    // Writes a PDF; the file is replaced only once it is complete.
    static Status writePdf(PrintableDocument &document, const QString &path);
    // Paints onto a device whose page layout the caller set from PageGeometry::layout with the
    // document's orientation (QPrinter in print preview). The device must be full-page:
    // its painter's origin is the sheet's top left corner.
    static Status paint(PrintableDocument &document, QPagedPaintDevice &device);

    static QString pageNumberText(int page, int pageCount);
    static QString confidentialMark();
};

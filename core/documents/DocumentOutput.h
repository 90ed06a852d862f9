#pragma once

#include "Result.h"
#include "documents/DocumentRequest.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QString>

class PrintableDocument;
class Workspace;

// Puts a built document on paper or into a PDF file. An internal copy (with identities) is
// recorded in the workspace with who made it, when and where it went; when the record cannot be
// written, no internal copy is made, and a PDF written for it is removed again.
class DocumentOutput {
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)
public:
    static Status savePdf(Workspace &workspace, const DocumentRequest &request, PrintableDocument &document, const QString &path);
    // device: a printer whose page layout was set from the document (see DocumentRenderer::paint);
    // destination: what the record says it went to (the printer's name).
    static Status print(Workspace &workspace, const DocumentRequest &request, PrintableDocument &document,
                        QPagedPaintDevice &device, const QString &destination);
    // Records an internal copy made elsewhere (e.g. shown in print preview, which can print it).
    static Status recordInternalCopy(Workspace &workspace, const DocumentRequest &request, const QString &destination);
};

#pragma once

#include "Result.h"
#include "documents/DocumentRequest.h"
#include "documents/PrintableDocument.h"

#include <QCoreApplication>
#include <memory>

class Workspace;

// The follow-up plan (matriks RTL) of a cycle on landscape pages, grouped by agency, signed by
// the TPPS chair who approves it.
class RtlMatrixDocument {
    Q_DECLARE_TR_FUNCTIONS(RtlMatrixDocument)
public:
    static Result<std::unique_ptr<PrintableDocument>> build(Workspace &workspace, const DocumentRequest &request);
};

#pragma once

#include "Result.h"
#include "documents/DocumentRequest.h"
#include "documents/PrintableDocument.h"

#include <QCoreApplication>
#include <memory>

class DocumentComposer;
struct CaseProfile;
class Workspace;

// The dissemination handout (bahan diseminasi) of a cycle, which the Wakil Bupati and every agency
// head hold at the meeting: a cover, the cases by group and kecamatan, the main causes counted
// with a chart, a section per case, and the RTL matrix. It names cases by their codes only; an
// internal copy (request.internal) adds the identities and is marked confidential.
class HandoutDocument {
    Q_DECLARE_TR_FUNCTIONS(HandoutDocument)
public:
    static Result<std::unique_ptr<PrintableDocument>> build(Workspace &workspace, const DocumentRequest &request);

private:
    static Status writeCauses(DocumentComposer &composer, Workspace &workspace, qint64 cycleId);
    static void writeCase(DocumentComposer &composer, const CaseProfile &profile);
};

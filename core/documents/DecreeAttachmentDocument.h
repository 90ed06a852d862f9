#pragma once

#include "Result.h"
#include "documents/DocumentRequest.h"
#include "documents/PrintableDocument.h"
#include "domain/Decree.h"

#include <QCoreApplication>
#include <memory>

class DocumentComposer;
class Workspace;

// The lampiran of the decree (SK) that appoints a cycle's audit team: the heading block at the
// top right (number, date, subject), the team by role from Pengarah to TPK (TPK by kecamatan and
// desa), each member with name and titles, NIP, rank/grade, position and agency, then the signer.
// It has no letterhead: the decree is the signer's (the Bupati's or the TPPS chair's), not the
// office's that prints it.
class DecreeAttachmentDocument {
    Q_DECLARE_TR_FUNCTIONS(DecreeAttachmentDocument)
public:
    static Result<std::unique_ptr<PrintableDocument>> build(Workspace &workspace, const DocumentRequest &request);

private:
    static void writeHeadingBlock(DocumentComposer &composer, const Decree &decree);
};

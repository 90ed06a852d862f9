#include "documents/DocumentOutput.h"

#include "CurrentUser.h"
#include "documents/DocumentRenderer.h"
#include "documents/PrintableDocument.h"
#include "storage/CaseRepository.h"
#include "storage/PrintRecordRepository.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFile>

Status DocumentOutput::recordInternalCopy(Workspace &workspace, const DocumentRequest &request, const QString &destination)
{
    PrintRecord record;
    record.documentKind = DocumentKinds::code(request.kind);
    record.cycleId = request.cycleId;
    record.caseCode = request.caseCode;
    if (record.cycleId == 0 && !record.caseCode.isEmpty()) {
        if (auto found = CaseRepository(workspace).findByCode(record.caseCode))
            record.cycleId = found->cycleId;
    }
    record.printedBy = CurrentUser::name();
    record.printedAt = QDateTime::currentDateTime();
    record.destination = destination;
    if (Status added = PrintRecordRepository(workspace).add(record); !added)
        return Error{tr("The internal copy was not made, because it could not be recorded in the workspace: %1").arg(added.error())};
    return {};
}

Status DocumentOutput::savePdf(Workspace &workspace, const DocumentRequest &request, PrintableDocument &document, const QString &path)
{
    if (!document.isConfidential())
        return DocumentRenderer::writePdf(document, path);
    // The record first, in a transaction that the PDF's failure undoes; a record that fails to
    // commit takes the file it was written for with it.
    bool written = false;
    const Status status = workspace.write([&]() -> Status {
        if (Status recorded = recordInternalCopy(workspace, request, path); !recorded)
            return recorded;
        if (Status pdf = DocumentRenderer::writePdf(document, path); !pdf)
            return pdf;
        written = true;
        return {};
    });
    if (!status && written)
        QFile::remove(path);
    return status;
}

Status DocumentOutput::print(Workspace &workspace, const DocumentRequest &request, PrintableDocument &document,
                             QPagedPaintDevice &device, const QString &destination)
{
    if (!document.isConfidential())
        return DocumentRenderer::paint(document, device);
    return workspace.write([&]() -> Status {
        if (Status recorded = recordInternalCopy(workspace, request, destination); !recorded)
            return recorded;
        return DocumentRenderer::paint(document, device);
    });
}

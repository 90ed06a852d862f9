#include "documents/DocumentCatalogue.h"

#include "documents/EvaluationReportDocument.h"
#include "storage/Workspace.h"

Result<std::unique_ptr<PrintableDocument>> DocumentCatalogue::build(Workspace &workspace, const DocumentRequest &request)
{
    Q_UNUSED(workspace);
    switch (request.kind) {
    case DocumentKind::Handout:
    case DocumentKind::Rtl:
    case DocumentKind::Attendance:
    case DocumentKind::Record:
    case DocumentKind::Decree:
    case DocumentKind::Worksheet:
    case DocumentKind::GrowthChart:
    case DocumentKind::CycleReport:
        break;
    case DocumentKind::Evaluation:
        return EvaluationReportDocument::build(workspace, request);
    }
    return Error{tr("%1 cannot be printed yet.").arg(DocumentKinds::displayName(request.kind))};
}

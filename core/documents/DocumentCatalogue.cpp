#include "documents/DocumentCatalogue.h"

#include "documents/GrowthChartDocument.h"
#include "documents/WorksheetDocument.h"
#include "storage/Workspace.h"

Result<std::unique_ptr<PrintableDocument>> DocumentCatalogue::build(Workspace &workspace, const DocumentRequest &request)
{
    Q_UNUSED(workspace);
    switch (request.kind) {
    case DocumentKind::Worksheet:
        return WorksheetDocument::build(workspace, request);
    case DocumentKind::GrowthChart:
        return GrowthChartDocument::build(workspace, request);
    case DocumentKind::Handout:
    case DocumentKind::Rtl:
    case DocumentKind::Attendance:
    case DocumentKind::Record:
    case DocumentKind::Decree:
    case DocumentKind::Evaluation:
    case DocumentKind::CycleReport:
        break;
    }
    return Error{tr("%1 cannot be printed yet.").arg(DocumentKinds::displayName(request.kind))};
}

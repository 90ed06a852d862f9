#include "documents/DocumentCatalogue.h"

#include "documents/AttendanceSheetDocument.h"
#include "documents/CycleReportDocument.h"
#include "documents/DecreeAttachmentDocument.h"
#include "documents/EvaluationReportDocument.h"
#include "documents/GrowthChartDocument.h"
#include "documents/HandoutDocument.h"
#include "documents/OfficialRecordDocument.h"
#include "documents/RtlMatrixDocument.h"
#include "documents/WorksheetDocument.h"
#include "storage/Workspace.h"

Result<std::unique_ptr<PrintableDocument>> DocumentCatalogue::build(Workspace &workspace, const DocumentRequest &request)
{
    switch (request.kind) {
    case DocumentKind::Handout:
        return HandoutDocument::build(workspace, request);
    case DocumentKind::Rtl:
        return RtlMatrixDocument::build(workspace, request);
    case DocumentKind::Attendance:
        return AttendanceSheetDocument::build(workspace, request);
    case DocumentKind::Record:
        return OfficialRecordDocument::build(workspace, request);
    case DocumentKind::Decree:
        return DecreeAttachmentDocument::build(workspace, request);
    case DocumentKind::Worksheet:
        return WorksheetDocument::build(workspace, request);
    case DocumentKind::GrowthChart:
        return GrowthChartDocument::build(workspace, request);
    case DocumentKind::Evaluation:
        return EvaluationReportDocument::build(workspace, request);
    case DocumentKind::CycleReport:
        return CycleReportDocument::build(workspace, request);
    }
    return Error{tr("%1 cannot be printed yet.").arg(DocumentKinds::displayName(request.kind))};
}

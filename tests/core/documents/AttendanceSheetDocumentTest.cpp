#include <catch2/catch.hpp>

#include "IndonesianInterface.h"
#include "MeetingFixture.h"
#include "RenderedPdf.h"
#include "documents/AttendanceSheetDocument.h"
#include "documents/DocumentCatalogue.h"
#include "documents/DocumentRenderer.h"

#include <QDir>

namespace {

DocumentRequest attendance(qint64 meetingId)
{
    DocumentRequest request;
    request.kind = DocumentKind::Attendance;
    request.meetingId = meetingId;
    return request;
}

}  // namespace

TEST_CASE("Sample attendance sheet for viewing", "[.documents-sample]")
{
    MeetingFixture fixture;
    QDir().mkpath(QStringLiteral("/tmp/tuntas-docs"));
    auto document = DocumentCatalogue::build(fixture.workspace(), attendance(fixture.meeting().id));
    REQUIRE(document);
    REQUIRE(DocumentRenderer::writePdf(**document, QStringLiteral("/tmp/tuntas-docs/attendance.pdf")));

    IndonesianInterface indonesianInterface;
    auto indonesian = DocumentCatalogue::build(fixture.workspace(), attendance(fixture.meeting().id));
    REQUIRE(indonesian);
    REQUIRE(DocumentRenderer::writePdf(**indonesian, QStringLiteral("/tmp/tuntas-docs/attendance-id.pdf")));
}

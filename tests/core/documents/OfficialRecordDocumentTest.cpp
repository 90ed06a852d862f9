#include <catch2/catch.hpp>

#include "IndonesianInterface.h"
#include "MeetingFixture.h"
#include "RenderedPdf.h"
#include "documents/DocumentCatalogue.h"
#include "documents/DocumentRenderer.h"
#include "documents/OfficialRecordDocument.h"

#include <QDir>

namespace {

DocumentRequest record(qint64 meetingId)
{
    DocumentRequest request;
    request.kind = DocumentKind::Record;
    request.meetingId = meetingId;
    return request;
}

// Two decisions and a commitment for each of the first RTL items of the meeting's cycle.
void recordOutcome(MeetingFixture &fixture)
{
    Meeting &meeting = fixture.meeting();
    meeting.decisions = QStringLiteral("1. RTL disetujui dan dilaksanakan paling lambat tiga bulan.\n2. Dinas Kesehatan melaporkan hasil PMT setiap bulan.");
    auto items = ActionItemRepository(fixture.workspace()).forCycle(meeting.cycleId);
    REQUIRE(items);
    meeting.commitments.clear();
    for (int i = 0; i < items->size() && i < 8; ++i) {
        AgencyCommitment commitment;
        commitment.actionItemId = items->at(i).id;
        commitment.commitment = QStringLiteral("Komitmen nomor %1").arg(i + 1);
        meeting.commitments.append(commitment);
    }
    fixture.save(meeting);
}

}  // namespace

TEST_CASE("Sample official record for viewing", "[.documents-sample]")
{
    MeetingFixture fixture;
    recordOutcome(fixture);
    QDir().mkpath(QStringLiteral("/tmp/tuntas-docs"));
    auto document = DocumentCatalogue::build(fixture.workspace(), record(fixture.meeting().id));
    REQUIRE(document);
    REQUIRE(DocumentRenderer::writePdf(**document, QStringLiteral("/tmp/tuntas-docs/record.pdf")));

    IndonesianInterface indonesianInterface;
    auto indonesian = DocumentCatalogue::build(fixture.workspace(), record(fixture.meeting().id));
    REQUIRE(indonesian);
    REQUIRE(DocumentRenderer::writePdf(**indonesian, QStringLiteral("/tmp/tuntas-docs/record-id.pdf")));
}

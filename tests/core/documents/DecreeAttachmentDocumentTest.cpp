#include <catch2/catch.hpp>

#include "DemoWorkspace.h"
#include "IndonesianInterface.h"
#include "RenderedPdf.h"
#include "documents/DecreeAttachmentDocument.h"
#include "documents/DocumentCatalogue.h"
#include "documents/DocumentRenderer.h"
#include "storage/CycleRepository.h"

#include <QDir>

namespace {

DocumentRequest decree(qint64 cycleId)
{
    DocumentRequest request;
    request.kind = DocumentKind::Decree;
    request.cycleId = cycleId;
    return request;
}

Cycle currentCycle(Workspace &workspace)
{
    auto cycle = CycleRepository(workspace).current();
    REQUIRE(cycle);
    REQUIRE(cycle->has_value());
    return **cycle;
}

}  // namespace

TEST_CASE("Sample decree attachment for viewing", "[.documents-sample]")
{
    DemoWorkspace demo;
    QDir().mkpath(QStringLiteral("/tmp/tuntas-docs"));
    const Cycle cycle = currentCycle(demo.workspace());
    auto document = DocumentCatalogue::build(demo.workspace(), decree(cycle.id));
    REQUIRE(document);
    REQUIRE(DocumentRenderer::writePdf(**document, QStringLiteral("/tmp/tuntas-docs/decree.pdf")));

    IndonesianInterface indonesianInterface;
    auto indonesian = DocumentCatalogue::build(demo.workspace(), decree(cycle.id));
    REQUIRE(indonesian);
    REQUIRE(DocumentRenderer::writePdf(**indonesian, QStringLiteral("/tmp/tuntas-docs/decree-id.pdf")));
}

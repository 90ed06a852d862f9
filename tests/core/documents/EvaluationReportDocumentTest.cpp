#include <catch2/catch.hpp>

#include "RenderedPdf.h"
#include "ReportFixture.h"
#include "documents/DocumentCatalogue.h"
#include "documents/DocumentRenderer.h"
#include "storage/CaseRepository.h"

#include <QDir>
#include <QRegularExpression>

namespace {
Result<std::unique_ptr<PrintableDocument>> build(ReportFixture &f, qint64 cycleId)
{
    DocumentRequest request;
    request.kind = DocumentKind::Evaluation;
    request.cycleId = cycleId;
    request.issuedOn = DemoWorkspace::today();
    return DocumentCatalogue::build(f.w, request);
}

std::unique_ptr<PrintableDocument> evaluationReport(ReportFixture &f, qint64 cycleId)
{
    auto document = build(f, cycleId);
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    return std::move(document.value());
}

}  // namespace

TEST_CASE("The evaluation report counts each agency's RTL items as the workspace holds them", "[documents][evaluation]")
{
    ReportFixture f;
    for (const Cycle &cycle : {f.finished, f.current}) {
        INFO("cycle " << cycle.label().toStdString());
        auto document = evaluationReport(f, cycle.id);
        RenderedPdf pdf(*document);
        REQUIRE(pdf.ok());
        const QString text = ReportFixture::flat(pdf.text());
        const QString content = ReportFixture::flat(document->plainText());
        const QStringList rows = f.agencyRows(cycle.id);
        REQUIRE(rows.size() >= 3);
        for (const QString &row : rows) {
            INFO(row.toStdString());
            CHECK(content.contains(row));
            CHECK(text.contains(row.section(QRegularExpression(QStringLiteral(" \\d")), 0, 0)));  // the agency is printed
        }
    }
}

TEST_CASE("The evaluation report has its title, sections, items, cases and the chair's signature", "[documents][evaluation]")
{
    ReportFixture f;
    auto document = evaluationReport(f, f.finished.id);
    RenderedPdf pdf(*document);
    REQUIRE(pdf.ok());
    CHECK(pdf.pageCount() == document->pageCount());
    CHECK(pdf.pageCount() >= 3);
    CHECK(pdf.pageCount() <= 8);
    const QString first = ReportFixture::flat(pdf.pages().first());
    CHECK(first.contains(QStringLiteral("PEMERINTAH KABUPATEN SUKAMAJU")));
    CHECK(first.contains(QStringLiteral("EVALUATION REPORT OF THE FOLLOW-UP PLAN (RTL)")));
    CHECK(first.contains(QStringLiteral("Cycle 1 of 2024")));
    const QString text = ReportFixture::flat(pdf.text());
    for (const char *heading : {"A. RTL items done by agency", "RTL items done by timing", "B. RTL items and what was done",
                                "C. Case outcomes before and after follow-up", "Cases by outcome", "D. Sipasti stages reached"}) {
        INFO(heading);
        CHECK(text.contains(QString::fromLatin1(heading)));
    }

    // pdftotext mixes the lines of cells side by side: table rows are read from the laid-out content.
    const QString content = ReportFixture::flat(document->plainText());
    // Every case by its code, and the count of each outcome as the cases hold it.
    auto cases = CaseRepository(f.w).forCycle(f.finished.id);
    REQUIRE(cases.ok());
    REQUIRE(cases->size() == 10);
    for (const AuditCase &auditCase : *cases)
        CHECK(text.count(auditCase.caseCode) >= 2);  // its outcome row and its RTL item
    QStringList counts{QStringLiteral("Cases")};
    QStringList shares{QStringLiteral("Share")};
    for (CaseOutcome outcome : enumValues<CaseOutcome>()) {
        int count = 0;
        for (const AuditCase &auditCase : *cases)
            count += auditCase.outcome == outcome ? 1 : 0;
        counts << QString::number(count);
        shares << ReportFixture::share(count, int(cases->size()));
    }
    counts << QStringLiteral("0 10");  // none unconfirmed, and the total
    shares << QStringLiteral("0.0 % 100.0 %");
    CHECK(content.contains(counts.join(QLatin1Char(' '))));
    CHECK(content.contains(shares.join(QLatin1Char(' '))));
    // Each item's evaluation: what was done and the obstacle of those not done.
    CHECK(content.contains(QStringLiteral("Kegiatan terlaksana sesuai rencana.")));
    CHECK(content.contains(QStringLiteral("Next step: Dilanjutkan pada siklus berikutnya.")));
    CHECK(content.contains(QStringLiteral("Evidence: Foto kegiatan dan daftar penerima")));
    // The four Sipasti stages, all reached in the finished cycle.
    CHECK(content.contains(QStringLiteral("4 RTL evaluated Yes")));

    const QString last = ReportFixture::flat(pdf.pages().last());
    CHECK(last.contains(QStringLiteral("Chair of the Stunting Case Audit Team")));
    CHECK(last.contains(QStringLiteral("Sukamaju, 16 September 2024")));
    CHECK(QRegularExpression(QStringLiteral("NIP\\. \\d{8} \\d{6} \\d \\d{3}")).match(last).hasMatch());
}

TEST_CASE("The evaluation report of a cycle still under way lists its items as not evaluated", "[documents][evaluation]")
{
    ReportFixture f;
    auto document = evaluationReport(f, f.current.id);
    RenderedPdf pdf(*document);
    REQUIRE(pdf.ok());
    const QString text = ReportFixture::flat(pdf.text());
    CHECK(ReportFixture::flat(document->plainText()).contains(QStringLiteral("Not evaluated yet")));
    const QString content = ReportFixture::flat(document->plainText());
    CHECK(content.contains(QStringLiteral("4 RTL evaluated Not yet")));
    CHECK(content.contains(QStringLiteral("Cases 0 0 0 0 0 0 9 9")));  // none confirmed yet
}

TEST_CASE("The evaluation report names no subject, NIK or birth date", "[documents][evaluation]")
{
    ReportFixture f;
    for (const Cycle &cycle : {f.finished, f.current})
        f.checkAnonymous(cycle.id, cycle.label(), *evaluationReport(f, cycle.id));
}

TEST_CASE("The evaluation report of a missing or empty cycle is refused with a sentence", "[documents][evaluation]")
{
    ReportFixture f;
    auto missing = build(f, f.missingCycleId());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error() == QStringLiteral("The cycle of the evaluation report does not exist in this workspace."));

    Cycle empty{{}, 2025, 1, QDate(2025, 1, 1), QDate(2025, 6, 30), CycleStatus::Planned};
    REQUIRE(CycleRepository(f.w).save(empty));
    auto nothing = build(f, empty.id);
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error() == QStringLiteral("Cycle 2025-1 has neither RTL items nor cases to evaluate yet."));
}

TEST_CASE("Sample evaluation report for viewing", "[.documents-sample]")
{
    ReportFixture f;
    QDir().mkpath(QStringLiteral("/tmp/tuntas-docs"));
    REQUIRE(DocumentRenderer::writePdf(*evaluationReport(f, f.finished.id), QStringLiteral("/tmp/tuntas-docs/evaluation.pdf")));
    REQUIRE(DocumentRenderer::writePdf(*evaluationReport(f, f.current.id), QStringLiteral("/tmp/tuntas-docs/evaluation-current.pdf")));
    Language::apply(QStringLiteral("id"));
    REQUIRE(DocumentRenderer::writePdf(*evaluationReport(f, f.finished.id), QStringLiteral("/tmp/tuntas-docs/evaluation-id.pdf")));
    Language::apply(QStringLiteral("en"));
}

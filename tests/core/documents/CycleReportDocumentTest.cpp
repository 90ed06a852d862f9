#include <catch2/catch.hpp>

#include "RenderedPdf.h"
#include "ReportFixture.h"
#include "documents/CycleReportDocument.h"
#include "documents/DocumentCatalogue.h"
#include "documents/DocumentRenderer.h"
#include "documents/ReportNarrative.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"

#include <QDir>
#include <QRegularExpression>

namespace {
Result<std::unique_ptr<PrintableDocument>> build(ReportFixture &f, qint64 cycleId)
{
    DocumentRequest request;
    request.kind = DocumentKind::CycleReport;
    request.cycleId = cycleId;
    request.issuedOn = DemoWorkspace::today();
    return DocumentCatalogue::build(f.w, request);
}

std::unique_ptr<PrintableDocument> cycleReport(ReportFixture &f, qint64 cycleId)
{
    auto document = build(f, cycleId);
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    return std::move(document.value());
}

// The page (from 1) that begins with the text. (The PDF also holds, invisible and clipped, the
// first line of a page at the foot of the page before: a page is found by how it begins.)
int pageBeginningWith(const RenderedPdf &pdf, const QString &text)
{
    for (int page = 0; page < pdf.pageCount(); ++page) {
        if (ReportFixture::flat(pdf.pages()[page]).startsWith(text))
            return page + 1;
    }
    return 0;
}

QString personName(ReportFixture &f, qint64 cycleId, TeamRole role)
{
    auto members = CycleRepository(f.w).members(cycleId);
    REQUIRE(members.ok());
    for (const TeamMember &member : *members) {
        if (member.role == role)
            return PeopleRepository(f.w).person(member.personId)->fullName();
    }
    FAIL("no member in the role");
    return {};
}
}  // namespace

TEST_CASE("The cycle report has a cover, an approval page, contents and the eight chapters in order", "[documents][cycle-report]")
{
    ReportFixture f;
    auto document = cycleReport(f, f.finished.id);
    RenderedPdf pdf(*document);
    REQUIRE(pdf.ok());
    CHECK(pdf.pageCount() == document->pageCount());
    CHECK(pdf.pageCount() >= 12);
    CHECK(pdf.pageCount() <= 25);

    const QString cover = ReportFixture::flat(pdf.pages()[0]);
    CHECK(cover.contains(QStringLiteral("REPORT AUDIT KASUS STUNTING (AKS) KABUPATEN SUKAMAJU Cycle 1 of 2024")));
    CHECK(cover.contains(QStringLiteral("DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA")));
    const QString approval = ReportFixture::flat(pdf.pages()[1]);
    CHECK(approval.contains(QStringLiteral("APPROVAL PAGE (LEMBAR PENGESAHAN)")));
    CHECK(approval.contains(QStringLiteral("Chair of the stunting task force (Ketua TPPS)")));
    CHECK(approval.contains(QStringLiteral("Chair of the Stunting Case Audit Team")));
    CHECK(approval.contains(personName(f, f.finished.id, TeamRole::Chair)));
    CHECK(approval.contains(personName(f, f.finished.id, TeamRole::Steering)));
    CHECK(QRegularExpression(QStringLiteral("NIP\\. \\d{8} \\d{6} \\d \\d{3}")).match(approval).hasMatch());

    // Every chapter begins a page, in order, on the page the contents give it.
    const QString contents = ReportFixture::flat(pdf.pages()[pageBeginningWith(pdf, QStringLiteral("CONTENTS (DAFTAR ISI)")) - 1]);
    CHECK(contents.contains(QStringLiteral("Approval page (Lembar pengesahan) 2 Contents (Daftar isi) 3 ")));
    int previous = 3;
    for (int chapter = 1; chapter <= 8; ++chapter) {
        const QString title = CycleReportDocument::chapterTitle(chapter);
        INFO(title.toStdString());
        const int page = pageBeginningWith(pdf, title.toUpper());
        CHECK(page > previous);
        CHECK(contents.contains(QStringLiteral("%1 %2").arg(title).arg(page)));
        previous = page;
    }
    const QString text = ReportFixture::flat(pdf.text());
    for (const char *heading : {"1.1 Background", "1.2 Legal basis", "1.3 Objectives", "2.1 Spread of the cases", "2.2 The audited cases",
                                "5.1 Conclusions", "5.2 Main causes found", "5.3 Recommendations", "7.1 RTL items done by agency",
                                "7.3 RTL items and what was done", "7.4 Case outcomes before and after follow-up", "7.5 Sipasti stages reached"}) {
        INFO(heading);
        CHECK(text.contains(QString::fromLatin1(heading)));
    }
    CHECK(pdf.pages().last().contains(personName(f, f.finished.id, TeamRole::Chair)));
}

TEST_CASE("The cycle report shows the cases by code, the experts, the stage dates and the RTL counts of the workspace", "[documents][cycle-report]")
{
    ReportFixture f;
    auto document = cycleReport(f, f.finished.id);
    RenderedPdf pdf(*document);
    REQUIRE(pdf.ok());
    const QString text = ReportFixture::flat(pdf.text());
    const QString content = ReportFixture::flat(document->plainText());

    auto cases = CaseRepository(f.w).forCycle(f.finished.id);
    REQUIRE(cases.ok());
    REQUIRE(!cases->isEmpty());
    for (const AuditCase &auditCase : *cases)
        CHECK(text.count(auditCase.caseCode) >= 3);  // chapter II, the RTL, its evaluation
    for (const QString &row : f.agencyRows(f.finished.id)) {
        INFO(row.toStdString());
        CHECK(content.contains(row));
    }

    // The experts with their speciality, and the decree in the period's stages.
    auto members = CycleRepository(f.w).members(f.finished.id);
    REQUIRE(members.ok());
    int experts = 0;
    for (const TeamMember &member : *members) {
        if (member.role != TeamRole::Expert)
            continue;
        const Person person = *PeopleRepository(f.w).person(member.personId);
        CHECK(content.contains(person.fullName() + QLatin1Char(' ') + person.speciality));
        ++experts;
    }
    CHECK(experts >= 3);
    auto decree = CycleRepository(f.w).decree(f.finished.id);
    REQUIRE(decree.ok());
    REQUIRE(decree->has_value());
    CHECK(content.contains(QStringLiteral("Team formation: decree (SK) %1 SK Number %2")
                               .arg(DateText::date(decree->value().date), decree->value().number)));
}

TEST_CASE("The cycle report names no subject, NIK or birth date", "[documents][cycle-report]")
{
    ReportFixture f;
    for (const Cycle &cycle : {f.finished, f.current})
        f.checkAnonymous(cycle.id, cycle.label(), *cycleReport(f, cycle.id));
}

TEST_CASE("An edited narrative part is printed instead of its default, and an emptied one returns to the default", "[documents][cycle-report]")
{
    ReportFixture f;
    auto before = ReportNarrative::load(f.w, f.finished.id);
    REQUIRE(before.ok());
    REQUIRE(before->parts().size() == enumValues<ReportPart>().size());
    for (const ReportNarrative::Part &part : before->parts()) {
        INFO(enumCode(part.part).toStdString());
        CHECK_FALSE(part.isEdited());
        CHECK_FALSE(part.defaultText.isEmpty());
        CHECK(part.name == enumName(part.part));
    }
    const QString defaultBackground = before->text(ReportPart::Background);
    CHECK(defaultBackground.contains(QStringLiteral("Kabupaten Sukamaju")));
    CHECK(defaultBackground.contains(QStringLiteral("2 CATIN, 2 BUMIL, 2 BUFAS, 2 BADUTA, 2 BALITA")));
    const QString defaultStart = defaultBackground.section(QLatin1Char('.'), 0, 0);
    CHECK(ReportFixture::flat(cycleReport(f, f.finished.id)->plainText()).contains(ReportFixture::flat(defaultStart)));

    const QString edited = QStringLiteral("Latar belakang yang ditulis oleh tim sekretariat TPPS.\nParagraf kedua tentang lokus desa.");
    REQUIRE(ReportNarrative::save(f.w, f.finished.id, {{ReportPart::Background, edited}, {ReportPart::Closing, QStringLiteral("Penutup tim.")}}));
    auto after = ReportNarrative::load(f.w, f.finished.id);
    REQUIRE(after.ok());
    CHECK(after->part(ReportPart::Background).isEdited());
    CHECK(after->part(ReportPart::Background).defaultText == defaultBackground);  // still offered to go back to
    CHECK_FALSE(after->part(ReportPart::Conclusions).isEdited());

    {
        auto document = cycleReport(f, f.finished.id);
        RenderedPdf pdf(*document);
        REQUIRE(pdf.ok());
        const QString text = ReportFixture::flat(pdf.text());
        CHECK(text.contains(QStringLiteral("Latar belakang yang ditulis oleh tim sekretariat TPPS.")));
        CHECK(text.contains(QStringLiteral("Paragraf kedua tentang lokus desa.")));
        CHECK(text.contains(QStringLiteral("Penutup tim.")));
        CHECK_FALSE(text.contains(ReportFixture::flat(defaultStart)));
        // Another cycle keeps its defaults.
        CHECK_FALSE(ReportFixture::flat(cycleReport(f, f.current.id)->plainText()).contains(QStringLiteral("Penutup tim.")));
    }

    REQUIRE(ReportNarrative::save(f.w, f.finished.id, {{ReportPart::Background, QStringLiteral("  ")}}));
    auto reset = ReportNarrative::load(f.w, f.finished.id);
    REQUIRE(reset.ok());
    CHECK_FALSE(reset->part(ReportPart::Background).isEdited());
    CHECK(ReportFixture::flat(cycleReport(f, f.finished.id)->plainText()).contains(ReportFixture::flat(defaultStart)));
}

TEST_CASE("The cycle report of a missing cycle or of one without cases is refused with a sentence", "[documents][cycle-report]")
{
    ReportFixture f;
    auto missing = build(f, f.missingCycleId());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error() == QStringLiteral("The cycle of the report does not exist in this workspace."));
    CHECK_FALSE(ReportNarrative::load(f.w, f.missingCycleId()).ok());

    Cycle empty{{}, 2025, 1, QDate(2025, 1, 1), QDate(2025, 6, 30), CycleStatus::Planned};
    REQUIRE(CycleRepository(f.w).save(empty));
    auto nothing = build(f, empty.id);
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error() == QStringLiteral("Cycle 2025-1 has no audited cases yet: select cases before writing its report."));
}

TEST_CASE("Sample cycle report for viewing", "[.documents-sample]")
{
    ReportFixture f;
    QDir().mkpath(QStringLiteral("/tmp/tuntas-docs"));
    REQUIRE(DocumentRenderer::writePdf(*cycleReport(f, f.finished.id), QStringLiteral("/tmp/tuntas-docs/cycle-report.pdf")));
    REQUIRE(DocumentRenderer::writePdf(*cycleReport(f, f.current.id), QStringLiteral("/tmp/tuntas-docs/cycle-report-current.pdf")));
    Language::apply(QStringLiteral("id"));
    REQUIRE(DocumentRenderer::writePdf(*cycleReport(f, f.finished.id), QStringLiteral("/tmp/tuntas-docs/cycle-report-id.pdf")));
    Language::apply(QStringLiteral("en"));
}

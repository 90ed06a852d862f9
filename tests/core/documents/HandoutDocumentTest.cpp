#include <catch2/catch.hpp>

#include "DemoWorkspace.h"
#include "RenderedPdf.h"
#include "SubjectIdentities.h"
#include "audit/MainCauses.h"
#include "documents/DocumentCatalogue.h"
#include "documents/RtlMatrixSection.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/RtlRepository.h"

#include <QRegularExpression>

namespace {
Cycle cycleLabelled(Workspace &workspace, const QString &label)
{
    for (const Cycle &cycle : *CycleRepository(workspace).all()) {
        if (cycle.label() == label)
            return cycle;
    }
    FAIL("no cycle " << label.toStdString());
    return {};
}

std::unique_ptr<PrintableDocument> built(Workspace &workspace, DocumentKind kind, qint64 cycleId, bool internal = false)
{
    DocumentRequest request;
    request.kind = kind;
    request.cycleId = cycleId;
    request.internal = internal;
    request.issuedOn = DemoWorkspace::today();
    auto document = DocumentCatalogue::build(workspace, request);
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    return std::move(*document);
}

// The dates a handout prints for its own reasons: its issue, the meeting's, the RTL's periods.
QSet<QDate> printedDates(Workspace &workspace, qint64 cycleId)
{
    QSet<QDate> dates{DemoWorkspace::today()};
    for (const Meeting &meeting : *MeetingRepository(workspace).forCycle(cycleId))
        dates.insert(meeting.date);
    for (const RtlItemRow &row : *RtlRepository(workspace).items(cycleId))
        dates << row.item.startDate << row.item.dueDate << row.item.approvedOn;
    return dates;
}
}

TEST_CASE("The handout presents every case of the cycle by its code and names nobody", "[documents][handout]")
{
    DemoWorkspace demo;
    const Cycle cycle = cycleLabelled(demo.workspace(), QStringLiteral("2024-1"));
    auto document = built(demo.workspace(), DocumentKind::Handout, cycle.id);
    RenderedPdf pdf(*document);
    REQUIRE(pdf.ok());
    const QString text = pdf.text().simplified();

    CHECK(pdf.pages().first().contains(QStringLiteral("DISSEMINATION MATERIAL OF THE STUNTING CASE AUDIT")));
    CHECK(pdf.pages().first().contains(QStringLiteral("Cycle 1 of 2024")));
    for (const char *heading : {"1. The cases audited", "2. Main causes found", "3. The cases", "4. Follow-up plan (RTL)"})
        CHECK(text.contains(QLatin1String(heading)));
    const auto cases = *CaseRepository(demo.workspace()).forCycle(cycle.id);
    REQUIRE(cases.size() == 10);
    for (const AuditCase &auditCase : cases) {
        INFO(auditCase.caseCode.toStdString());
        CHECK(text.contains(auditCase.caseCode + QStringLiteral(", ")));  // the case's own section
    }
    // The spread table's total row: two cases in each of the five groups, ten in all.
    CHECK(text.contains(QStringLiteral("Total 2 2 2 2 2 10")));
    // Every cause the experts concluded, with its count, most frequent first.
    const MainCauses causes = *MainCauses::of(demo.workspace(), cycle.id);
    REQUIRE_FALSE(causes.causes.isEmpty());
    int previous = -1;
    for (int i = 0; i < causes.causes.size(); ++i) {
        const QString row = QStringLiteral("%1 %2 %3 %4").arg(i + 1).arg(causes.causes[i].label, causes.causes[i].isDirect ? QStringLiteral("direct") : QStringLiteral("indirect")).arg(causes.causes[i].cases);
        INFO(row.toStdString());
        const int at = text.indexOf(row);
        CHECK(at > previous);
        previous = at;
    }
    // Every RTL item of the cycle, and not a single identity of any subject of the workspace.
    for (const RtlItemRow &row : *RtlRepository(demo.workspace()).items(cycle.id))
        CHECK(text.contains(row.item.activity.simplified()));
    const QStringList leaked = SubjectIdentities(demo.workspace()).foundIn(pdf.text(), printedDates(demo.workspace(), cycle.id));
    INFO(leaked.join(QStringLiteral(", ")).toStdString());
    CHECK(leaked.isEmpty());
    CHECK_FALSE(text.contains(QStringLiteral("CONFIDENTIAL")));
    CHECK(pdf.pageCount() >= 4);
    CHECK(pdf.pageCount() <= 15);
    CHECK(pdf.pageCount() == document->pageCount());
}

TEST_CASE("The internal copy of the handout names the families and says CONFIDENTIAL on every page", "[documents][handout]")
{
    DemoWorkspace demo;
    const Cycle cycle = cycleLabelled(demo.workspace(), QStringLiteral("2024-1"));
    auto document = built(demo.workspace(), DocumentKind::Handout, cycle.id, true);
    CHECK(document->isConfidential());
    RenderedPdf pdf(*document);
    REQUIRE(pdf.ok());
    for (const QString &page : pdf.pages())
        CHECK(page.count(QStringLiteral("CONFIDENTIAL")) == 2);
    const QString text = pdf.text().simplified();
    // The same search that finds nothing in the anonymised handout finds the identities here.
    CHECK(SubjectIdentities(demo.workspace()).foundIn(pdf.text()).size() >= 10);
    for (const AuditCase &auditCase : *CaseRepository(demo.workspace()).forCycle(cycle.id)) {
        const Subject subject = *SubjectRepository(demo.workspace()).find(auditCase.subjectId);
        CHECK(text.contains(subject.name));
        if (!subject.nik.isEmpty())
            CHECK(text.contains(subject.nik));
    }
}

TEST_CASE("The RTL matrix is landscape, grouped by agency, its rows whole", "[documents][rtl]")
{
    DemoWorkspace demo;
    const Cycle cycle = cycleLabelled(demo.workspace(), QStringLiteral("2024-1"));
    auto document = built(demo.workspace(), DocumentKind::Rtl, cycle.id);
    CHECK(document->orientation() == QPageLayout::Landscape);
    RenderedPdf pdf(*document);
    REQUIRE(pdf.ok());
    const auto items = *RtlRepository(demo.workspace()).items(cycle.id);
    REQUIRE(items.size() >= 5);
    QMap<QString, int> perAgency;
    for (const RtlItemRow &row : items)
        ++perAgency[row.agency];
    const QString text = pdf.text().simplified();
    for (auto it = perAgency.cbegin(); it != perAgency.cend(); ++it)
        CHECK(text.contains(QStringLiteral("%1 (%2 item").arg(it.key()).arg(it.value())));
    // Each item's activity and success indicator on one page: a row is never split.
    for (const RtlItemRow &row : items) {
        INFO(row.item.activity.toStdString());
        int pagesWithBoth = 0;
        for (const QString &page : pdf.pages()) {
            const QString flat = page.simplified();
            pagesWithBoth += flat.contains(row.item.activity.simplified()) && flat.contains(row.item.successIndicator.simplified());
        }
        CHECK(pagesWithBoth >= 1);
    }
    CHECK(pdf.pages().first().contains(QStringLiteral("FOLLOW-UP PLAN MATRIX")));
    CHECK(pdf.pages().last().contains(QStringLiteral("Chair of the stunting reduction task force (TPPS)")));
    CHECK(SubjectIdentities(demo.workspace()).foundIn(pdf.text(), printedDates(demo.workspace(), cycle.id)).isEmpty());
}

TEST_CASE("The handout and the RTL matrix say why a cycle cannot have them", "[documents][handout][rtl]")
{
    DemoWorkspace demo;
    DocumentRequest request;
    request.cycleId = 9999;
    for (DocumentKind kind : {DocumentKind::Handout, DocumentKind::Rtl}) {
        request.kind = kind;
        CHECK_FALSE(DocumentCatalogue::build(demo.workspace(), request).ok());
    }
    Cycle empty{{}, 2025, 1, QDate(2025, 1, 1), QDate(2025, 6, 30), CycleStatus::InProgress};
    REQUIRE(CycleRepository(demo.workspace()).save(empty));
    request.cycleId = empty.id;
    request.kind = DocumentKind::Handout;
    const auto handout = DocumentCatalogue::build(demo.workspace(), request);
    REQUIRE_FALSE(handout.ok());
    CHECK(handout.error() == QStringLiteral("Cycle 1 of 2025 has no cases yet: select them in stage 2 (case selection) first."));
    request.kind = DocumentKind::Rtl;
    const auto rtl = DocumentCatalogue::build(demo.workspace(), request);
    REQUIRE_FALSE(rtl.ok());
    CHECK(rtl.error().contains(QStringLiteral("has no RTL items yet")));
}

TEST_CASE("Sample handout and RTL matrix for viewing", "[.documents-sample]")
{
    DemoWorkspace demo;
    const Cycle cycle = cycleLabelled(demo.workspace(), QStringLiteral("2024-1"));
    QDir().mkpath(QStringLiteral("/tmp/tuntas-docs"));
    REQUIRE(DocumentRenderer::writePdf(*built(demo.workspace(), DocumentKind::Handout, cycle.id), QStringLiteral("/tmp/tuntas-docs/handout.pdf")));
    REQUIRE(DocumentRenderer::writePdf(*built(demo.workspace(), DocumentKind::Rtl, cycle.id), QStringLiteral("/tmp/tuntas-docs/rtl.pdf")));
}

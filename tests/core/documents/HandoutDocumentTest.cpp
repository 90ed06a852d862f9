#include <catch2/catch.hpp>

#include "DemoWorkspace.h"
#include "IndonesianInterface.h"
#include "RenderedPdf.h"
#include "SubjectIdentities.h"
#include "audit/MainCauses.h"
#include "documents/DocumentCatalogue.h"
#include "documents/RtlMatrixSection.h"
#include "growth/NipCheck.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RtlRepository.h"
#include "storage/SubjectRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTextTable>

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

// The rows of a document's tables that cross the foot of a page, read from its layout.
int rowsAcrossPages(PrintableDocument &document)
{
    QTextDocument &content = document.content();
    QAbstractTextDocumentLayout *layout = content.documentLayout();
    const qreal page = content.pageSize().height();
    int split = 0;
    for (QTextFrame *frame : content.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        for (int row = 0; table && row < table->rows(); ++row) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = 0;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                top = qMin(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = qMax(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            split += int(top / page) != int((bottom - 0.5) / page) ? 1 : 0;
        }
    }
    return split;
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
    // The signer is a team member, who may share a name with a subject of the demo (the Ketua does).
    QString withoutSigner = pdf.text();
    for (const TeamMember &member : *CycleRepository(demo.workspace()).members(cycle.id))
        withoutSigner.remove(PeopleRepository(demo.workspace()).person(member.personId)->fullName());
    const QStringList leaked = SubjectIdentities(demo.workspace()).foundIn(withoutSigner, printedDates(demo.workspace(), cycle.id));
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
        // The demo writes RT/RW into the address and "Dusun" into the dusun: each once.
        CHECK(text.contains(QStringLiteral("%1, %2, ").arg(subject.address, subject.dusun)));
    }
    CHECK_FALSE(text.contains(QStringLiteral("Dusun Dusun")));
    // The plan's heading on the page where its matrix begins, not left at the foot of the last case.
    for (const QString &page : pdf.pages()) {
        if (page.contains(QStringLiteral("4. Follow-up plan (RTL)")))
            CHECK(page.simplified().contains(QStringLiteral("Period and budget")));
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
    CHECK(rowsAcrossPages(*document) == 0);
    // The signer is a team member, who may share a name with a subject of the demo (the Ketua does).
    QString withoutSigner = pdf.text();
    for (const TeamMember &member : *CycleRepository(demo.workspace()).members(cycle.id))
        withoutSigner.remove(PeopleRepository(demo.workspace()).person(member.personId)->fullName());
    const QStringList leaked = SubjectIdentities(demo.workspace()).foundIn(withoutSigner, printedDates(demo.workspace(), cycle.id));
    INFO(leaked.join(QStringLiteral(", ")).toStdString());
    CHECK(leaked.isEmpty());
}

TEST_CASE("A name typed into a recommendation is blanked out of the anonymised handout only", "[documents][handout]")
{
    DemoWorkspace demo;
    Workspace &w = demo.workspace();
    const Cycle cycle = cycleLabelled(w, QStringLiteral("2024-1"));
    const AuditCase auditCase = CaseRepository(w).forCycle(cycle.id)->first();
    const Subject subject = *SubjectRepository(w).find(auditCase.subjectId);
    const QString relative = subject.motherName.isEmpty() ? subject.spouseName : subject.motherName;
    REQUIRE_FALSE(relative.isEmpty());
    ExpertReview review = CaseRepository(w).review(auditCase.id)->value();
    review.recommendations.first().text = QStringLiteral("Kunjungan rumah ke %1 (suami %2), NIK %3, setiap minggu.")
                                              .arg(subject.name.toUpper(), relative, subject.nik);
    REQUIRE(CaseRepository(w).save(review));

    RenderedPdf anonymised(*built(w, DocumentKind::Handout, cycle.id));
    REQUIRE(anonymised.ok());
    CHECK(SubjectIdentities(w).foundIn(anonymised.text(), printedDates(w, cycle.id)).isEmpty());
    CHECK(anonymised.text().simplified().contains(QStringLiteral("Kunjungan rumah ke [...] (suami [...]), NIK [...], setiap minggu.")));
    RenderedPdf internal(*built(w, DocumentKind::Handout, cycle.id, true));
    REQUIRE(internal.ok());
    CHECK(internal.text().simplified().contains(QStringLiteral("(suami %1), NIK %2").arg(relative, subject.nik)));
}

TEST_CASE("The RTL matrix is signed by whoever approved its items, the TPPS chair while none is", "[documents][rtl]")
{
    DemoWorkspace demo;
    Workspace &w = demo.workspace();
    const Cycle cycle = cycleLabelled(w, QStringLiteral("2024-1"));
    QMap<TeamRole, Person> team;
    for (const TeamMember &member : *CycleRepository(w).members(cycle.id)) {
        if (!team.contains(member.role))
            team.insert(member.role, *PeopleRepository(w).person(member.personId));
    }
    const QList<RtlItemRow> items = *RtlRepository(w).items(cycle.id);
    // The demo's Ketua approved the items.
    REQUIRE(items.first().item.approvedBy == team.value(TeamRole::Chair).fullName());
    QString last = RenderedPdf(*built(w, DocumentKind::Rtl, cycle.id)).pages().last().simplified();
    CHECK(last.contains(QStringLiteral("Approved by, Chair of the Stunting Case Audit Team Kabupaten Sukamaju")));
    CHECK(last.contains(team.value(TeamRole::Chair).fullName()));
    CHECK(last.contains(QStringLiteral("NIP. %1").arg(NipCheck::formatted(team.value(TeamRole::Chair).nip))));

    // Approved again by the Pengarah, who chairs the TPPS.
    const Person steering = team.value(TeamRole::Steering);
    for (const RtlItemRow &row : items) {
        ActionItem item = row.item;
        item.approvedBy = steering.fullName();
        REQUIRE(ActionItemRepository(w).save(item));
    }
    last = RenderedPdf(*built(w, DocumentKind::Rtl, cycle.id)).pages().last().simplified();
    CHECK(last.contains(QStringLiteral("Approved by, Chair of the stunting reduction task force (TPPS) Kabupaten Sukamaju")));
    CHECK(last.contains(steering.fullName()));
    CHECK_FALSE(last.contains(team.value(TeamRole::Chair).fullName()));

    // Nothing approved: the TPPS chair's block waits for the approval.
    for (const RtlItemRow &row : items) {
        ActionItem item = row.item;
        item.approvedOn = QDate();
        item.approvedBy.clear();
        REQUIRE(ActionItemRepository(w).save(item));
    }
    last = RenderedPdf(*built(w, DocumentKind::Rtl, cycle.id)).pages().last().simplified();
    CHECK_FALSE(last.contains(QStringLiteral("Approved by,")));
    CHECK(last.contains(QStringLiteral("Chair of the stunting reduction task force (TPPS) Kabupaten Sukamaju")));
    CHECK(last.contains(steering.fullName()));
}

TEST_CASE("A long RTL matrix and its handout keep every table row on one page, the header on every page", "[documents][rtl][handout]")
{
    DemoWorkspace demo;
    Workspace &w = demo.workspace();
    const Cycle cycle = cycleLabelled(w, QStringLiteral("2024-1"));
    const QList<RtlItemRow> items = *RtlRepository(w).items(cycle.id);
    for (int i = 0; i < 60; ++i) {  // rows of one to four lines more
        ActionItem item = items.at(i % items.size()).item;
        item.id = 0;
        item.uuid.clear();
        QStringList lines;
        for (int line = 0; line <= i % 4; ++line)
            lines << QStringLiteral("Kegiatan tambahan %1 baris %2").arg(i + 1).arg(line + 1);
        item.activity = lines.join(QLatin1Char('\n'));
        REQUIRE(ActionItemRepository(w).save(item));
    }
    for (DocumentKind kind : {DocumentKind::Rtl, DocumentKind::Handout}) {
        INFO(DocumentKinds::code(kind).toStdString());
        auto document = built(w, kind, cycle.id);
        CHECK(rowsAcrossPages(*document) == 0);
        RenderedPdf pdf(*document);
        REQUIRE(pdf.ok());
        int matrixPages = 0;
        for (int page = 0; page < pdf.pageCount(); ++page) {
            const QString text = pdf.pages()[page].simplified();
            if (!text.contains(QStringLiteral("Kegiatan tambahan")))
                continue;
            ++matrixPages;
            INFO("page " << page + 1);
            CHECK(text.contains(kind == DocumentKind::Rtl ? QStringLiteral("Success indicator") : QStringLiteral("Period and budget")));
        }
        CHECK(matrixPages >= 3);
        const QString text = pdf.text().simplified();
        for (int i = 0; i < 60; ++i)
            CHECK(text.count(QStringLiteral("Kegiatan tambahan %1 baris 1 ").arg(i + 1)) == 1);
    }
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
    REQUIRE(DocumentRenderer::writePdf(*built(demo.workspace(), DocumentKind::Handout, cycle.id, true),
                                       QStringLiteral("/tmp/tuntas-docs/handout-internal.pdf")));
    const Cycle current = cycleLabelled(demo.workspace(), QStringLiteral("2024-2"));
    REQUIRE(DocumentRenderer::writePdf(*built(demo.workspace(), DocumentKind::Rtl, current.id), QStringLiteral("/tmp/tuntas-docs/rtl-current.pdf")));
    IndonesianInterface indonesian;
    CHECK(DocumentRenderer::writePdf(*built(demo.workspace(), DocumentKind::Handout, current.id), QStringLiteral("/tmp/tuntas-docs/handout-current-id.pdf")));
    CHECK(DocumentRenderer::writePdf(*built(demo.workspace(), DocumentKind::Rtl, current.id), QStringLiteral("/tmp/tuntas-docs/rtl-current-id.pdf")));
}

#include <catch2/catch.hpp>

#include "DemoWorkspace.h"
#include "RenderedPdf.h"
#include "WorksheetTestData.h"
#include "documents/DocumentCatalogue.h"
#include "documents/FilledWorksheetDocument.h"
#include "domain/DateText.h"
#include "domain/ReferenceLabel.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/WorksheetRepository.h"

#include <QDir>

using WorksheetTestData::compact;
using WorksheetTestData::normalised;

namespace {

DocumentRequest worksheetRequest(std::optional<TargetGroup> group = std::nullopt, const QString &caseCode = {}, bool internal = false)
{
    DocumentRequest request;
    request.kind = DocumentKind::Worksheet;
    request.targetGroup = group;
    request.caseCode = caseCode;
    request.internal = internal;
    request.issuedOn = DemoWorkspace::today();
    return request;
}

// A reviewed case with answers, of a child or of a mother.
AuditCase reviewedCase(Workspace &workspace, bool child)
{
    auto found = WorksheetTestData::findCase(workspace, [&](const AuditCase &auditCase, const Subject &subject) {
        auto review = CaseRepository(workspace).review(auditCase.id);
        return isChildGroup(subject.group) == child && review && review->has_value() && !(*review)->answers.isEmpty()
               && !(*review)->reviewerMemberIds.isEmpty();
    });
    REQUIRE(found.has_value());
    return *found;
}

}  // namespace

TEST_CASE("A blank worksheet has every item of its group's latest edition under its section headings", "[documents][worksheet]")
{
    DemoWorkspace demo;
    const WorkspaceSettings settings = *SettingsRepository(demo.workspace()).load();
    for (TargetGroup group : enumValues<TargetGroup>()) {
        INFO(enumCode(group).toStdString());
        auto document = DocumentCatalogue::build(demo.workspace(), worksheetRequest(group));
        REQUIRE(document);
        CHECK_FALSE((*document)->isConfidential());
        RenderedPdf pdf(**document);
        REQUIRE(pdf.ok());
        CHECK(pdf.pageCount() == (*document)->pageCount());
        CHECK(pdf.pageCount() <= 4);
        const QString text = normalised(pdf.text());
        CHECK(text.contains(QStringLiteral("STUNTING CASE AUDIT WORKSHEET")));
        CHECK(text.contains(QStringLiteral("Target group: %1").arg(enumName(group))));
        CHECK(text.contains(normalised(settings.regency)));
        for (const QString &field : {QStringLiteral("Case number"), QStringLiteral("Puskesmas"),
                                     QStringLiteral("Kecamatan"), QStringLiteral("Desa/kelurahan"), QStringLiteral("Audit date")})
            CHECK(text.contains(field));
        CHECK(text.contains(QStringLiteral("Filled in by")));
        CHECK(text.contains(QStringLiteral("Reviewed by")));

        const QString painted = compact(WorksheetTestData::paintedText(pdf.path()));
        const auto items = WorksheetRepository(demo.workspace()).items(group);
        REQUIRE(items);
        REQUIRE_FALSE(items->isEmpty());
        QStringList sections;
        for (const WorksheetItem &item : *items) {
            INFO(item.code.toStdString());
            CHECK(painted.contains(compact(referenceLabel(item.label, item.labelEn))));
            CHECK(painted.contains(compact(item.definition)));
            if (!sections.contains(item.section))
                sections.append(item.section);
        }
        // Headed A., B. ... in the items' order, and the items numbered on across the sections.
        for (int i = 0; i < sections.size(); ++i)
            CHECK(text.contains(QStringLiteral("%1. %2").arg(QChar(u'A' + i)).arg(sections[i])));
        CHECK(text.contains(QStringLiteral(" %1 ").arg(items->size())));
        // None of a case's answers: it is blank.
        CHECK_FALSE(text.contains(QStringLiteral("Computed by Tuntas")));
    }
}

TEST_CASE("The blank worksheets of all five groups each start on a page of their own", "[documents][worksheet]")
{
    DemoWorkspace demo;
    const QString government = SettingsRepository(demo.workspace()).load()->governmentName.toUpper();
    auto document = DocumentCatalogue::build(demo.workspace(), worksheetRequest());
    REQUIRE(document);
    RenderedPdf pdf(**document);
    REQUIRE(pdf.ok());
    const QStringList &pages = pdf.pages();
    REQUIRE(pages.size() == (*document)->pageCount());

    QList<int> titlePages, signaturePages;
    for (int page = 0; page < pages.size(); ++page) {
        if (pages[page].contains(QStringLiteral("STUNTING CASE AUDIT WORKSHEET")))
            titlePages.append(page);
        if (pages[page].contains(QStringLiteral("Reviewed by")))
            signaturePages.append(page);
    }
    REQUIRE(titlePages.size() == 5);
    REQUIRE(signaturePages.size() == 5);
    const QList<TargetGroup> groups = enumValues<TargetGroup>();
    for (int g = 0; g < 5; ++g) {
        INFO("group " << g);
        const QString page = pages[titlePages[g]];
        CHECK(page.trimmed().startsWith(government));  // the letterhead heads the page
        CHECK(page.contains(QStringLiteral("Target group: %1").arg(enumName(groups[g]))));
        CHECK(titlePages[g] <= signaturePages[g]);
        if (g > 0)
            CHECK(titlePages[g] > signaturePages[g - 1]);
        // Every item of the group lies between its title page and its signatures.
        QString own;
        for (int p = titlePages[g]; p <= signaturePages[g]; ++p)
            own += pages[p];
        for (const WorksheetItem &item : *WorksheetRepository(demo.workspace()).items(groups[g]))
            CHECK(compact(own).contains(compact(referenceLabel(item.label, item.labelEn))));
    }
}

TEST_CASE("A filled worksheet shows the case's answers, causes and signers as an internal copy", "[documents][worksheet]")
{
    DemoWorkspace demo;
    Workspace &workspace = demo.workspace();
    for (const bool child : {true, false}) {
        INFO((child ? "child" : "mother"));
        const AuditCase auditCase = reviewedCase(workspace, child);
        const ExpertReview review = **CaseRepository(workspace).review(auditCase.id);
        const Subject subject = *SubjectRepository(workspace).find(auditCase.subjectId);

        auto document = DocumentCatalogue::build(workspace, worksheetRequest(std::nullopt, auditCase.caseCode, true));
        REQUIRE(document);
        CHECK((*document)->isConfidential());
        RenderedPdf pdf(**document);
        REQUIRE(pdf.ok());
        for (const QString &page : pdf.pages())
            CHECK(page.count(QStringLiteral("CONFIDENTIAL")) == 2);
        const QString text = normalised(pdf.text());
        CHECK(text.contains(auditCase.caseCode));
        CHECK(text.contains(QStringLiteral("Target group: %1").arg(enumName(subject.group))));
        CHECK(text.contains(normalised(subject.name)));
        if (!subject.nik.isEmpty())
            CHECK(text.contains(subject.nik));
        CHECK(text.contains(DateText::date(subject.birthDate)));
        CHECK(text.contains(DateText::longDate(review.auditDate)));

        const QString painted = compact(WorksheetTestData::paintedText(pdf.path()));
        for (const WorksheetAnswer &answer : review.answers) {
            INFO(answer.answer.toStdString());
            CHECK(painted.contains(compact(answer.answer)));
        }
        CHECK(text.contains(QStringLiteral("Computed by Tuntas")));
        for (const WorksheetItem &item : *WorksheetRepository(workspace).items(subject.group, review.worksheetEdition))
            CHECK(painted.contains(compact(referenceLabel(item.label, item.labelEn))));

        CHECK(text.contains(QStringLiteral("Technical team (Tim Teknis)")));
        CHECK(text.contains(QStringLiteral("Experts (Tim Pakar)")));
        CHECK(text.contains(QStringLiteral("Direct causes")));
        for (const ReviewCause &cause : review.causes)
            CHECK(painted.contains(compact(cause.note)));
        CHECK(text.contains(normalised(review.technicalView)));
        CHECK(text.contains(normalised(review.expertConclusion)));
        for (const Recommendation &recommendation : review.recommendations)
            CHECK(painted.contains(compact(recommendation.text)));

        // Each expert who reviewed the case signs it.
        for (const TeamMember &member : *CycleRepository(workspace).members(auditCase.cycleId)) {
            if (review.reviewerMemberIds.contains(member.id))
                CHECK(text.contains(normalised(PeopleRepository(workspace).person(member.personId)->fullName())));
        }
    }
}

TEST_CASE("A filled worksheet is refused unless an internal copy is asked for", "[documents][worksheet]")
{
    DemoWorkspace demo;
    const AuditCase auditCase = reviewedCase(demo.workspace(), true);
    auto document = DocumentCatalogue::build(demo.workspace(), worksheetRequest(std::nullopt, auditCase.caseCode, false));
    REQUIRE_FALSE(document);
    CHECK(document.error().contains(auditCase.caseCode));
    CHECK(document.error().contains(QStringLiteral("internal copy")));
}

TEST_CASE("A filled worksheet needs a known case with a review", "[documents][worksheet]")
{
    DemoWorkspace demo;
    auto unknown = DocumentCatalogue::build(demo.workspace(), worksheetRequest(std::nullopt, QStringLiteral("AKS-1999-1-BDT-99"), true));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().contains(QStringLiteral("AKS-1999-1-BDT-99")));

    const AuditCase unreviewed = WorksheetTestData::addCase(demo.workspace(), TargetGroup::Baduta, QStringLiteral("AKS-2024-2-BDT-97"));
    auto noReview = DocumentCatalogue::build(demo.workspace(), worksheetRequest(std::nullopt, unreviewed.caseCode, true));
    REQUIRE_FALSE(noReview);
    CHECK(noReview.error().contains(unreviewed.caseCode));
    CHECK(noReview.error().contains(QStringLiteral("no expert review")));
}

TEST_CASE("A worksheet answer's source is printed by name", "[documents][worksheet]")
{
    CHECK(FilledWorksheetDocument::sourceName(WorksheetAnswer::computedSource()) == QStringLiteral("Computed by Tuntas"));
    CHECK(FilledWorksheetDocument::sourceName(QStringLiteral("eppgbm")) == QStringLiteral("e-PPGBM"));
    CHECK(FilledWorksheetDocument::sourceName(QStringLiteral("Kohort ibu Puskesmas")) == QStringLiteral("Kohort ibu Puskesmas"));
}

// Writes the samples to /tmp/tuntas-docs for looking at (pdftoppm); not part of the suite.
TEST_CASE("Sample worksheets for viewing", "[.documents-sample]")
{
    QDir().mkpath(QStringLiteral("/tmp/tuntas-docs"));
    DemoWorkspace demo;
    auto blank = DocumentCatalogue::build(demo.workspace(), worksheetRequest(TargetGroup::Baduta));
    REQUIRE(blank);
    REQUIRE(DocumentRenderer::writePdf(**blank, QStringLiteral("/tmp/tuntas-docs/worksheet-blank-baduta.pdf")));
    auto all = DocumentCatalogue::build(demo.workspace(), worksheetRequest());
    REQUIRE(all);
    REQUIRE(DocumentRenderer::writePdf(**all, QStringLiteral("/tmp/tuntas-docs/worksheet-blank-all.pdf")));
    const AuditCase auditCase = reviewedCase(demo.workspace(), true);
    auto filled = DocumentCatalogue::build(demo.workspace(), worksheetRequest(std::nullopt, auditCase.caseCode, true));
    REQUIRE(filled);
    REQUIRE(DocumentRenderer::writePdf(**filled, QStringLiteral("/tmp/tuntas-docs/worksheet-filled.pdf")));
}

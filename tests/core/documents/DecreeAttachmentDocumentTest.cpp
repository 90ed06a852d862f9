#include <catch2/catch.hpp>

#include "DemoWorkspace.h"
#include "IndonesianInterface.h"
#include "PdfLayoutText.h"
#include "RenderedPdf.h"
#include "documents/DecreeAttachmentDocument.h"
#include "documents/DocumentCatalogue.h"
#include "documents/DocumentRenderer.h"
#include "domain/DateText.h"
#include "domain/EnumText.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegionRepository.h"

#include "growth/NipCheck.h"

#include <QDir>
#include <algorithm>

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

Cycle newCycle(Workspace &workspace)
{
    Cycle cycle;
    cycle.year = 2025;
    cycle.number = 1;
    cycle.periodStart = QDate(2025, 1, 1);
    cycle.periodEnd = QDate(2025, 6, 30);
    REQUIRE(CycleRepository(workspace).save(cycle));
    return cycle;
}

// The heading each member is printed under: the role's, or for TPK the role's and the kecamatan's.
QString expectedHeading(Workspace &workspace, const TeamMember &member)
{
    const QString role = enumName(member.role);
    if (member.role != TeamRole::FamilyCompanion || member.kecamatanId == 0)
        return role;
    auto kecamatan = RegionRepository(workspace).kecamatan();
    REQUIRE(kecamatan);
    for (const Kecamatan &k : *kecamatan) {
        if (k.id == member.kecamatanId)
            return QStringLiteral("%1, Kecamatan %2").arg(role, k.name);
    }
    return role;
}

}  // namespace

TEST_CASE("The decree attachment lists every team member under their role, in the order of the decree", "[documents]")
{
    DemoWorkspace demo;
    Workspace &workspace = demo.workspace();
    const Cycle cycle = currentCycle(workspace);
    auto decreeOfCycle = CycleRepository(workspace).decree(cycle.id);
    REQUIRE(decreeOfCycle);
    REQUIRE(decreeOfCycle->has_value());
    const Decree sk = **decreeOfCycle;
    auto members = CycleRepository(workspace).members(cycle.id);
    REQUIRE(members);
    REQUIRE(members->size() > 10);

    auto document = DocumentCatalogue::build(workspace, decree(cycle.id));
    REQUIRE(document);
    RenderedPdf pdf(**document);
    REQUIRE(pdf.ok());
    const QString text = pdf.text().simplified();

    // The heading block and the title; no letterhead (the decree is the signer's).
    CHECK(text.startsWith(QStringLiteral("ANNEX TO THE DECREE OF THE ") + sk.signerTitle.toUpper().left(12)));
    CHECK(text.contains(QStringLiteral("NUMBER : ") + sk.number));
    CHECK(text.contains(DateText::date(sk.date).toUpper()));
    CHECK(text.contains(sk.subject.toUpper().left(20)));
    CHECK_FALSE(text.contains(QStringLiteral("PEMERINTAH KABUPATEN SUKAMAJU")));
    CHECK(text.contains(QStringLiteral("MEMBERSHIP OF THE AUDIT KASUS STUNTING TEAM")));
    CHECK(text.contains(QStringLiteral("Kabupaten Sukamaju, cycle %1 of %2").arg(cycle.number).arg(cycle.year)));

    // Read line by line as printed: each member's name is under the last heading printed above it.
    QStringList headings;
    for (TeamRole role : enumValues<TeamRole>())
        headings << enumName(role);
    const QStringList lines = PdfLayoutText::lines(pdf.path());
    REQUIRE_FALSE(lines.isEmpty());
    QString current;
    QList<QPair<QString, QString>> headingOf;  // each line as printed, with the heading above it
    QStringList headingsInOrder;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        for (const QString &heading : headings) {
            if (trimmed == heading || trimmed.startsWith(heading + QStringLiteral(", Kecamatan "))) {
                current = trimmed;
                headingsInOrder << trimmed;
            }
        }
        headingOf.append({trimmed, current});
    }
    auto people = PeopleRepository(workspace).people();
    REQUIRE(people);
    int withNip = 0;
    for (const TeamMember &member : *members) {
        Person person;
        for (const Person &candidate : *people) {
            if (candidate.id == member.personId)
                person = candidate;
        }
        REQUIRE(person.id != 0);
        INFO(person.fullName().toStdString());
        QString heading;  // of the first line with the name (the signer's is at the end too)
        for (const auto &[line, above] : headingOf) {
            if (line.contains(person.fullName())) {
                heading = above;
                break;
            }
        }
        const QString expected = expectedHeading(workspace, member);
        INFO("under " << heading.toStdString() << ", expected " << expected.toStdString());
        CHECK(heading == expected);
        CHECK(text.contains(person.position));
        if (!person.rankGrade.isEmpty())
            CHECK(text.contains(person.rankGrade.simplified()));
        if (!person.nip.isEmpty()) {
            CHECK(text.contains(QStringLiteral("NIP. ") + NipCheck::formatted(person.nip)));
            ++withNip;
        }
    }
    CHECK(withNip > 5);
    // The roles in the order of a decree, each once; TPK by kecamatan, in alphabetical order.
    QStringList roleOrder;
    for (const QString &heading : headingsInOrder) {
        const QString role = heading.section(QStringLiteral(", Kecamatan "), 0, 0);
        if (roleOrder.isEmpty() || roleOrder.last() != role)
            roleOrder << role;
    }
    CHECK(roleOrder == headings);
    QStringList tpk = headingsInOrder.mid(headings.size() - 1);
    QStringList sortedTpk = tpk;
    std::sort(sortedTpk.begin(), sortedTpk.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    CHECK(tpk.size() > 1);
    CHECK(tpk == sortedTpk);

    // The signer at the end.
    const QString last = pdf.pages().last().simplified();
    CHECK(last.contains(QStringLiteral("WAKIL BUPATI SUKAMAJU SELAKU KETUA TPPS,")));
    CHECK(last.contains(sk.signerName));
}

TEST_CASE("A decree attachment needs a cycle with a decree and a team", "[documents]")
{
    DemoWorkspace demo;
    Workspace &workspace = demo.workspace();
    SECTION("a cycle that does not exist")
    {
        auto document = DocumentCatalogue::build(workspace, decree(987654));
        REQUIRE_FALSE(document);
        CHECK(document.error().contains(QStringLiteral("987654")));
        CHECK(document.error().contains(QStringLiteral("not found")));
    }
    SECTION("a cycle without a decree")
    {
        const Cycle cycle = newCycle(workspace);
        auto document = DocumentCatalogue::build(workspace, decree(cycle.id));
        REQUIRE_FALSE(document);
        CHECK(document.error() == QStringLiteral("Cycle 2025-1 has no decree (SK) yet. Record its number, date and signer in the team formation wizard first."));
    }
    SECTION("a cycle with a decree but no team")
    {
        const Cycle cycle = newCycle(workspace);
        Decree sk;
        sk.cycleId = cycle.id;
        sk.number = QStringLiteral("188.45/3/TPPS/I/2025");
        sk.date = QDate(2025, 1, 10);
        sk.signerTitle = QStringLiteral("Bupati Sukamaju");
        REQUIRE(CycleRepository(workspace).save(sk));
        auto document = DocumentCatalogue::build(workspace, decree(cycle.id));
        REQUIRE_FALSE(document);
        CHECK(document.error().contains(QStringLiteral("Cycle 2025-1 has no team yet")));
    }
}

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

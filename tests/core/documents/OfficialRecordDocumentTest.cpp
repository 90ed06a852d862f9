#include <catch2/catch.hpp>

#include "IndonesianInterface.h"
#include "MeetingFixture.h"
#include "RenderedPdf.h"
#include "documents/DocumentCatalogue.h"
#include "documents/DocumentRenderer.h"
#include "documents/OfficialRecordDocument.h"

#include "domain/DateText.h"
#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"

#include <QDir>
#include <QRegularExpression>
#include <algorithm>

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

// A meeting of the current cycle on Tuesday 31 October 2023, with what the test gives it.
Meeting meetingOn31October(MeetingFixture &fixture, bool attended, const QString &minutes)
{
    Meeting meeting;
    meeting.cycleId = fixture.currentCycle().id;
    meeting.kind = MeetingKind::Evaluation;
    meeting.date = QDate(2023, 10, 31);
    meeting.startTime = QStringLiteral("09.00");
    meeting.place = QStringLiteral("Ruang Rapat Bappeda");
    meeting.chair = QStringLiteral("Ir. Tamu Pimpinan");
    meeting.minutes = minutes;
    Attendance person;
    person.name = QStringLiteral("Peserta Rapat");
    person.invited = true;
    person.attended = attended;
    meeting.attendance.append(person);
    fixture.save(meeting);
    return meeting;
}

}  // namespace

TEST_CASE("The official record opens with its meeting and records decisions and commitments by case code", "[documents]")
{
    MeetingFixture fixture;
    recordOutcome(fixture);
    const Meeting &meeting = fixture.meeting();
    auto document = DocumentCatalogue::build(fixture.workspace(), record(meeting.id));
    REQUIRE(document);
    RenderedPdf pdf(**document);
    REQUIRE(pdf.ok());
    REQUIRE(pdf.pageCount() >= 2);
    const QStringList &pages = pdf.pages();
    const QString text = MeetingFixture::flat(pdf.text());

    CHECK(pages.first().contains(QStringLiteral("PEMERINTAH KABUPATEN SUKAMAJU")));
    CHECK(text.contains(QStringLiteral("OFFICIAL RECORD (BERITA ACARA)")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("Number: \\.{20,}"))));
    CHECK(text.contains(QStringLiteral("On %1, a meeting of the Audit Kasus Stunting team of Kabupaten Sukamaju was held")
                            .arg(DateText::longDate(meeting.date))));
    CHECK(text.contains(meeting.place));
    CHECK(text.contains(meeting.chair));
    CHECK(text.contains(QStringLiteral("Paparan hasil kajian Tim Pakar")));
    CHECK(meeting.attendedCount() < meeting.attendance.size());
    CHECK(text.contains(QStringLiteral("%1 people (the attendance list is annexed)").arg(meeting.attendedCount())));

    // The decisions numbered as typed, without their typed numbers doubled.
    CHECK(text.contains(QStringLiteral("Decisions")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("1\\.\\s+RTL disetujui dan dilaksanakan"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("2\\.\\s+Dinas Kesehatan melaporkan hasil PMT"))));
    CHECK_FALSE(text.contains(QStringLiteral("1. 1.")));

    // Each commitment under its agency, with its item's case code.
    CHECK(text.contains(QStringLiteral("Commitments of the agencies (OPD)")));
    auto agencies = PeopleRepository(fixture.workspace()).agencies();
    REQUIRE(agencies);
    int withCase = 0;
    for (const AgencyCommitment &commitment : meeting.commitments) {
        auto item = ActionItemRepository(fixture.workspace()).find(commitment.actionItemId);
        REQUIRE(item);
        INFO(commitment.commitment.toStdString());
        CHECK(text.contains(commitment.commitment));
        CHECK(text.contains(item->activity));
        for (const Agency &agency : *agencies) {
            if (agency.id == item->agencyId)
                CHECK(text.contains(agency.name));
        }
        if (item->caseId != 0) {
            auto auditCase = CaseRepository(fixture.workspace()).find(item->caseId);
            REQUIRE(auditCase);
            CHECK(text.contains(auditCase->caseCode));
            ++withCase;
        }
    }
    CHECK(withCase >= 3);
    CHECK(text.contains(QStringLiteral("General")));

    // No subject is named or identified. The demonstration district draws officials' and subjects'
    // names from one list, so a subject who shares a name with an official the record names, and a
    // birth date that is the meeting's own date, cannot be told apart and are left out.
    auto people = PeopleRepository(fixture.workspace()).people();
    REQUIRE(people);
    int checked = 0;
    for (const QString &identity : fixture.subjectIdentities()) {
        const bool official = std::any_of(people->cbegin(), people->cend(),
                                          [&](const Person &person) { return person.fullName().contains(identity); });
        if (official || identity == DateText::date(meeting.date))
            continue;
        INFO(identity.toStdString());
        CHECK_FALSE(text.contains(identity));
        ++checked;
    }
    CHECK(checked > 100);

    CHECK(text.contains(QStringLiteral("Minutes (Notulen)")));
    CHECK(text.contains(meeting.minutes));
    CHECK(text.contains(QStringLiteral("Secretary (minute-taker),")));
    CHECK(text.contains(QStringLiteral("Chair of the meeting,")));
    CHECK(text.contains(QStringLiteral("Sukamaju, ") + DateText::date(meeting.date)));

    // The annex lists those who came, and only them.
    const QString annex = MeetingFixture::flat(pages.last());
    CHECK(annex.contains(QStringLiteral("ANNEX TO THE OFFICIAL RECORD (LAMPIRAN BERITA ACARA)")));
    for (const Attendance &person : meeting.attendance) {
        INFO(person.name.toStdString());
        CHECK(annex.contains(person.name) == person.attended);
    }
}

TEST_CASE("The official record writes the meeting's date in words in Indonesian and as a date in English", "[documents]")
{
    MeetingFixture fixture;
    const Meeting meeting = meetingOn31October(fixture, true, QStringLiteral("Rapat membahas hasil evaluasi RTL."));
    auto english = OfficialRecordDocument::build(fixture.workspace(), record(meeting.id));
    REQUIRE(english);
    CHECK(MeetingFixture::flat((*english)->plainText()).contains(QStringLiteral("On Tuesday, 31 October 2023, a meeting")));

    IndonesianInterface indonesianInterface;
    auto indonesian = OfficialRecordDocument::build(fixture.workspace(), record(meeting.id));
    REQUIRE(indonesian);
    RenderedPdf pdf(**indonesian);
    REQUIRE(pdf.ok());
    const QString text = MeetingFixture::flat(pdf.pages().first());
    CHECK(text.contains(QStringLiteral("Selasa tanggal tiga puluh satu bulan Oktober tahun dua ribu dua puluh tiga")));
    CHECK_FALSE(text.contains(QStringLiteral("Tuesday")));
    CHECK(text.contains(QStringLiteral("Selasa, 31 Oktober 2023")));
}

TEST_CASE("An official record needs a meeting that has taken place", "[documents]")
{
    MeetingFixture fixture;
    SECTION("a meeting that does not exist")
    {
        auto document = DocumentCatalogue::build(fixture.workspace(), record(987654));
        REQUIRE_FALSE(document);
        CHECK(document.error().contains(QStringLiteral("987654")));
        CHECK(document.error().contains(QStringLiteral("not found")));
    }
    SECTION("a meeting without minutes")
    {
        const Meeting meeting = meetingOn31October(fixture, true, QString());
        auto document = DocumentCatalogue::build(fixture.workspace(), record(meeting.id));
        REQUIRE_FALSE(document);
        CHECK(document.error().contains(QStringLiteral("has no minutes (notulen) yet")));
    }
    SECTION("a meeting without attendance")
    {
        const Meeting meeting = meetingOn31October(fixture, false, QStringLiteral("Catatan rapat."));
        auto document = DocumentCatalogue::build(fixture.workspace(), record(meeting.id));
        REQUIRE_FALSE(document);
        CHECK(document.error().contains(QStringLiteral("has no attendance yet")));
    }
    SECTION("a meeting with neither")
    {
        const Meeting meeting = meetingOn31October(fixture, false, QStringLiteral("  "));
        auto document = DocumentCatalogue::build(fixture.workspace(), record(meeting.id));
        REQUIRE_FALSE(document);
        CHECK(document.error().contains(QStringLiteral("neither attendance nor minutes")));
    }
}

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

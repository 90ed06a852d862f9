#include <catch2/catch.hpp>

#include "IndonesianInterface.h"
#include "MeetingFixture.h"
#include "RenderedPdf.h"
#include "documents/AttendanceSheetDocument.h"
#include "documents/DocumentCatalogue.h"
#include "documents/DocumentRenderer.h"
#include "domain/DateText.h"
#include "storage/PeopleRepository.h"

#include <QDir>
#include <QRegularExpression>

namespace {

DocumentRequest attendance(qint64 meetingId)
{
    DocumentRequest request;
    request.kind = DocumentKind::Attendance;
    request.meetingId = meetingId;
    return request;
}

Attendance attendee(const QString &name, const QString &position, bool invited, bool attended)
{
    Attendance result;
    result.name = name;
    result.position = position;
    result.invited = invited;
    result.attended = attended;
    return result;
}

// The pages on which row `number`'s signing place ("12. ......") is printed.
QList<int> pagesOfSigningPlace(const QStringList &pages, int number)
{
    const QRegularExpression place(QStringLiteral("(^|\\s)%1\\. \\.{6,}").arg(number));
    QList<int> result;
    for (int page = 0; page < pages.size(); ++page) {
        if (pages[page].contains(place))
            result.append(page);
    }
    return result;
}

int pageOf(const QStringList &pages, const QString &text)
{
    for (int page = 0; page < pages.size(); ++page) {
        if (MeetingFixture::flat(pages[page]).contains(text))
            return page;
    }
    return -1;
}

}  // namespace

TEST_CASE("The attendance sheet shows the meeting and every invited person", "[documents]")
{
    MeetingFixture fixture;
    Meeting &meeting = fixture.meeting();
    REQUIRE(meeting.attendance.size() > 5);
    meeting.attendance.append(attendee(QStringLiteral("Hj. Ratna Komalasari, S.Pd."), QStringLiteral("Ketua TP PKK"), false, true));
    meeting.attendance.append(attendee(QStringLiteral("Ahmad Tidak Datang"), QStringLiteral("Camat"), false, false));
    fixture.save(meeting);

    auto document = DocumentCatalogue::build(fixture.workspace(), attendance(meeting.id));
    REQUIRE(document);
    RenderedPdf pdf(**document);
    REQUIRE(pdf.ok());
    const QString text = MeetingFixture::flat(pdf.text());
    CHECK(pdf.pages().first().contains(QStringLiteral("PEMERINTAH KABUPATEN SUKAMAJU")));
    CHECK(text.contains(QStringLiteral("ATTENDANCE LIST (DAFTAR HADIR)")));
    CHECK(text.contains(QStringLiteral("Dissemination, Audit Kasus Stunting cycle")));
    CHECK(text.contains(DateText::longDate(meeting.date)));
    CHECK(text.contains(QRegularExpression(QStringLiteral("[A-Z][a-z]+day, \\d{1,2} [A-Z][a-z]+ 20\\d\\d"))));
    CHECK(text.contains(QStringLiteral("09.00")));
    CHECK(text.contains(meeting.place));
    CHECK(text.contains(QStringLiteral("Paparan hasil kajian Tim Pakar")));
    for (const QString &header : {QStringLiteral("No."), QStringLiteral("Name"), QStringLiteral("Agency / position"), QStringLiteral("Signature")})
        CHECK(pdf.pages().first().contains(header));

    // Every invited person, whether they came or not, and the walk-in who came; not a walk-in who did not.
    for (const Attendance &person : meeting.attendance) {
        INFO(person.name.toStdString());
        if (person.invited || person.attended)
            CHECK(text.contains(person.name));
    }
    CHECK(text.contains(QStringLiteral("Hj. Ratna Komalasari, S.Pd.")));
    CHECK_FALSE(text.contains(QStringLiteral("Ahmad Tidak Datang")));
    // An agency invited as a whole without anyone named has a row for its representative.
    auto agencies = PeopleRepository(fixture.workspace()).agencies();
    REQUIRE(agencies);
    for (const Agency &agency : *agencies) {
        if (agency.shortName == QLatin1String("Dinsos")) {
            REQUIRE(meeting.invitedAgencyIds.contains(agency.id));
            CHECK(text.contains(agency.name));
        }
    }
    // The chair acknowledges it, on the day of the meeting.
    CHECK(pdf.pages().last().contains(QStringLiteral("Acknowledged,")));
    CHECK(MeetingFixture::flat(pdf.pages().last()).contains(QStringLiteral("Sukamaju, ") + DateText::date(meeting.date)));
    CHECK(MeetingFixture::flat(pdf.pages().last()).contains(meeting.chair));
}

TEST_CASE("The attendance sheet numbers its rows across pages, never splits one, and ends in blank rows", "[documents]")
{
    MeetingFixture fixture;
    Meeting meeting;
    meeting.cycleId = fixture.currentCycle().id;
    meeting.date = QDate(2024, 10, 29);
    meeting.startTime = QStringLiteral("13.30");
    meeting.place = QStringLiteral("Ruang Rapat Bappeda");
    meeting.chair = QStringLiteral("Ir. Tamu Pimpinan");
    constexpr int Invited = 34;
    constexpr int WalkIns = 4;
    for (int i = 1; i <= Invited; ++i)
        meeting.attendance.append(attendee(QStringLiteral("Peserta Undangan %1").arg(i), QStringLiteral("Jabatan Undangan %1").arg(i), true, false));
    for (int i = 1; i <= WalkIns; ++i)
        meeting.attendance.append(attendee(QStringLiteral("Peserta Tambahan %1").arg(i), QStringLiteral("Jabatan Tambahan %1").arg(i), false, true));
    fixture.save(meeting);

    auto document = AttendanceSheetDocument::build(fixture.workspace(), attendance(meeting.id));
    REQUIRE(document);
    RenderedPdf pdf(**document);
    REQUIRE(pdf.ok());
    const QStringList &pages = pdf.pages();
    REQUIRE(pages.size() >= 3);
    REQUIRE(pages.size() == (*document)->pageCount());

    // Rows 1, 2, 3 ... without a gap or a repeat, each signing place on one page, pages in order.
    int rows = 0;
    int previousPage = 0;
    while (true) {
        const QList<int> found = pagesOfSigningPlace(pages, rows + 1);
        if (found.isEmpty())
            break;
        INFO("row " << rows + 1);
        REQUIRE(found.size() == 1);
        CHECK(found.first() >= previousPage);
        previousPage = found.first();
        ++rows;
    }
    CHECK(pagesOfSigningPlace(pages, rows + 2).isEmpty());
    CHECK(rows >= Invited + WalkIns + AttendanceSheetDocument::MinimumBlankRows);
    CHECK(previousPage == pages.size() - 1);  // blank rows on the last page, above the signature

    // The invited in order, then the walk-ins; a person's name, position and signing place on one page.
    for (int i = 0; i < Invited + WalkIns; ++i) {
        const bool invited = i < Invited;
        const int n = invited ? i + 1 : i - Invited + 1;
        const QString name = (invited ? QStringLiteral("Peserta Undangan %1") : QStringLiteral("Peserta Tambahan %1")).arg(n);
        const QString position = (invited ? QStringLiteral("Jabatan Undangan %1") : QStringLiteral("Jabatan Tambahan %1")).arg(n);
        INFO(name.toStdString());
        const int page = pagesOfSigningPlace(pages, i + 1).value(0, -2);
        CHECK(pageOf(pages, name) == page);
        CHECK(pageOf(pages, position) == page);
    }
    // The header on every page; the signature once, at the end.
    for (const QString &page : pages)
        CHECK(page.contains(QStringLiteral("Agency / position")));
    CHECK(pageOf(pages, QStringLiteral("Acknowledged,")) == pages.size() - 1);
    CHECK(pages.last().contains(QStringLiteral("Ir. Tamu Pimpinan")));
}

TEST_CASE("The attendance sheet of a meeting that does not exist is refused", "[documents]")
{
    MeetingFixture fixture;
    auto document = DocumentCatalogue::build(fixture.workspace(), attendance(987654));
    REQUIRE_FALSE(document);
    CHECK(document.error().contains(QStringLiteral("987654")));
    CHECK(document.error().contains(QStringLiteral("not found")));
}

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

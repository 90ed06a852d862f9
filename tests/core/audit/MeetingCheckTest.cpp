#include <catch2/catch.hpp>

#include "Language.h"
#include "TemporaryWorkspace.h"
#include "audit/MeetingCheck.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/SubjectRepository.h"

namespace {
Meeting meetingOn(const QDate &date, MeetingKind kind = MeetingKind::Dissemination)
{
    Meeting meeting;
    meeting.kind = kind;
    meeting.date = date;
    return meeting;
}

const QDate today(2024, 9, 16);
const QDate firstReview(2024, 8, 5);
}

TEST_CASE("A meeting needs a date and a time written as hours and minutes", "[audit][meetings]")
{
    Language::apply(QStringLiteral("en"));
    MeetingCheck check(today, firstReview);
    CHECK(check.details(meetingOn({})) == QStringList{QStringLiteral("The meeting needs a date.")});

    Meeting meeting = meetingOn(QDate(2024, 9, 10));
    for (const char *good : {"09.00", "9.30", "13:45", "23.59", ""}) {
        meeting.startTime = QString::fromLatin1(good);
        CHECK(check.details(meeting).isEmpty());
    }
    for (const char *bad : {"24.00", "9", "09.60", "nine", "09.00 WIB"}) {
        meeting.startTime = QString::fromLatin1(bad);
        const QStringList problems = check.details(meeting);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first() == QStringLiteral("\"%1\" is not a time; write it as hours and minutes, e.g. 09.00 or 13:30.").arg(QString::fromLatin1(bad)));
    }
    CHECK(MeetingCheck::normalisedTime(QStringLiteral("9:05")) == QStringLiteral("09.05"));
    CHECK(MeetingCheck::normalisedTime(QStringLiteral(" 13.30 ")) == QStringLiteral("13.30"));
    CHECK_FALSE(MeetingCheck::normalisedTime(QStringLiteral("13.3")));
}

TEST_CASE("A dissemination cannot come before the first signed expert review, another meeting can", "[audit][meetings]")
{
    Language::apply(QStringLiteral("en"));
    MeetingCheck check(today, firstReview);
    CHECK(check.details(meetingOn(QDate(2024, 8, 1))) ==
          QStringList{QStringLiteral("A dissemination presents the expert reviews, but this one is dated 1 August 2024, before the first review of the "
                                     "cycle was signed (5 August 2024).")});
    CHECK(check.details(meetingOn(QDate(2024, 8, 1), MeetingKind::Evaluation)).size() == 1);
    CHECK(check.details(meetingOn(QDate(2024, 8, 1), MeetingKind::Other)).isEmpty());
    CHECK(check.details(meetingOn(QDate(2024, 8, 5))).isEmpty());
    // Before any review is signed, a dissemination can still be planned.
    CHECK(MeetingCheck(today, {}).details(meetingOn(QDate(2024, 8, 1))).isEmpty());
}

TEST_CASE("Attendance and minutes only for a meeting that has taken place", "[audit][meetings]")
{
    Language::apply(QStringLiteral("en"));
    MeetingCheck check(today, firstReview);
    Meeting planned = meetingOn(QDate(2024, 9, 20));
    planned.attendance = {{{}, 0, QStringLiteral("Nur'aini"), 0, QString(), true, false}};
    CHECK(check.attendance(planned).isEmpty());  // invited, not yet attended
    planned.attendance[0].attended = true;
    CHECK(check.attendance(planned) ==
          QStringList{QStringLiteral("Attendance can only be recorded once the meeting has taken place; this meeting is dated 20 September 2024.")});
    planned.minutes = QStringLiteral("Notulen");
    CHECK(check.minutes(planned) ==
          QStringList{QStringLiteral("Minutes and decisions can only be written once the meeting has taken place; this meeting is dated 20 September 2024.")});

    Meeting held = planned;
    held.date = today;
    CHECK(check.attendance(held).isEmpty());
    CHECK(check.minutes(held).isEmpty());
    held.attendance.append({{}, 0, QStringLiteral("  "), 0, QString(), false, true});
    CHECK(check.attendance(held) == QStringList{QStringLiteral("Every walk-in needs a name.")});
    held.attendance.append({{}, 0, QString(), 0, QString(), true, false});
    CHECK(check.invitations(held) == QStringList{QStringLiteral("Every invited person needs a name.")});
    CHECK(check.all(held).size() == 2);
}

TEST_CASE("The first signed review of a cycle is the earliest sign-off, unsigned reviews do not count", "[audit][meetings]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Cycle cycle{{}, 2024, 1, {}, {}, CycleStatus::InProgress};
    REQUIRE(CycleRepository(w).save(cycle));
    CHECK_FALSE(MeetingCheck::firstSignedReview(w, cycle.id)->isValid());
    const QList<QDate> signedOn = {QDate(2024, 3, 9), QDate(), QDate(2024, 3, 4), QDate(2024, 3, 20)};
    for (int i = 0; i < signedOn.size(); ++i) {
        Subject subject;
        subject.name = QStringLiteral("S%1").arg(i);
        REQUIRE(SubjectRepository(w).save(subject));
        AuditCase auditCase;
        auditCase.cycleId = cycle.id;
        auditCase.subjectId = subject.id;
        auditCase.auditNumber = i + 1;
        auditCase.caseCode = QStringLiteral("AKS-2024-1-X-%1").arg(i);
        REQUIRE(CaseRepository(w).save(auditCase));
        ExpertReview review;
        review.caseId = auditCase.id;
        review.auditDate = QDate(2024, 3, 1);
        review.signedOn = signedOn[i];
        REQUIRE(CaseRepository(w).save(review));
    }
    CHECK(*MeetingCheck::firstSignedReview(w, cycle.id) == QDate(2024, 3, 4));
}

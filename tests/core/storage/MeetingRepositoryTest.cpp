#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PeopleRepository.h"

TEST_CASE("A meeting is stored with attendance and replaced whole, or not at all", "[storage][meetings]")
{
    TemporaryWorkspace temp;
    Cycle cycle{{}, 2024, 1, {}, {}, CycleStatus::InProgress};
    REQUIRE(CycleRepository(temp.workspace()).save(cycle));
    MeetingRepository meetings(temp.workspace());

    Meeting meeting;
    meeting.cycleId = cycle.id;
    meeting.kind = MeetingKind::Dissemination;
    meeting.date = QDate(2024, 4, 16);
    meeting.startTime = QStringLiteral("09.00");
    meeting.place = QStringLiteral("Aula Setda");
    meeting.chair = QStringLiteral("Wakil Bupati");
    meeting.agenda = QStringLiteral("Paparan kasus");
    meeting.minutes = QStringLiteral("Notulen");
    meeting.decisions = QStringLiteral("RTL disetujui");
    meeting.attendance = {{{}, 0, QStringLiteral("Nur'aini"), 0, QStringLiteral("Kabid"), true, true},
                          {{}, 0, QStringLiteral("Asep"), 0, QString(), true, false}};
    REQUIRE(meetings.save(meeting));
    CHECK(meeting.hasAttendance());

    auto read = meetings.find(meeting.id);
    REQUIRE(read.ok());
    CHECK(read->kind == MeetingKind::Dissemination);
    CHECK(read->date == QDate(2024, 4, 16));
    CHECK(read->place == QStringLiteral("Aula Setda"));
    REQUIRE(read->attendance.size() == 2);
    CHECK(read->attendance[0].name == QStringLiteral("Nur'aini"));
    CHECK(read->attendance[0].attended);
    CHECK_FALSE(read->attendance[1].attended);

    Meeting edited = *read;
    edited.attendance.removeLast();
    REQUIRE(meetings.save(edited));
    CHECK(meetings.find(meeting.id)->attendance.size() == 1);

    Meeting broken = edited;
    broken.minutes = QStringLiteral("changed");
    broken.commitments = {{{}, 777, QStringLiteral("no such RTL item")}};
    CHECK_FALSE(meetings.save(broken).ok());
    auto unchanged = meetings.find(meeting.id);
    CHECK(unchanged->minutes == QStringLiteral("Notulen"));
    CHECK(unchanged->attendance.size() == 1);
    CHECK(unchanged->commitments.isEmpty());
    CHECK(meetings.forCycle(cycle.id)->size() == 1);
}

TEST_CASE("A meeting's invited agencies are stored with it and replaced whole", "[storage][meetings]")
{
    TemporaryWorkspace temp;
    Cycle cycle{{}, 2024, 1, {}, {}, CycleStatus::InProgress};
    REQUIRE(CycleRepository(temp.workspace()).save(cycle));
    PeopleRepository people(temp.workspace());
    Agency health{{}, QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes")};
    Agency family{{}, QStringLiteral("Dinas Pengendalian Penduduk dan KB"), QStringLiteral("DPPKB")};
    Agency works{{}, QStringLiteral("Dinas Pekerjaan Umum"), QStringLiteral("PUPR")};
    for (Agency *agency : {&health, &family, &works})
        REQUIRE(people.save(*agency));
    MeetingRepository meetings(temp.workspace());

    Meeting meeting;
    meeting.cycleId = cycle.id;
    meeting.date = QDate(2024, 4, 16);
    meeting.invitedAgencyIds = {family.id, health.id, family.id};  // the repeat is stored once
    REQUIRE(meetings.save(meeting));
    CHECK(meeting.invitedAgencyIds == QList<qint64>{family.id, health.id});
    CHECK(meetings.find(meeting.id)->invitedAgencyIds == QList<qint64>{family.id, health.id});

    Meeting edited = *meetings.find(meeting.id);
    edited.invitedAgencyIds = {works.id};
    REQUIRE(meetings.save(edited));
    CHECK(meetings.forCycle(cycle.id)->first().invitedAgencyIds == QList<qint64>{works.id});

    Meeting broken = edited;
    broken.invitedAgencyIds = {health.id, 9999};  // no such agency: nothing changes
    CHECK_FALSE(meetings.save(broken).ok());
    CHECK(meetings.find(meeting.id)->invitedAgencyIds == QList<qint64>{works.id});

    REQUIRE(meetings.remove(meeting.id));
    CHECK(meetings.forCycle(cycle.id)->isEmpty());
}

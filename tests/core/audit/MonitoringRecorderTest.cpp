#include <catch2/catch.hpp>

#include "Language.h"
#include "TemporaryWorkspace.h"
#include "audit/MonitoringRecorder.h"
#include "growth/MeasurementAssessor.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SubjectRepository.h"

namespace {
const QDate Today(2024, 6, 1);

struct MonitoringFixture {
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Cycle cycle{{}, 2024, 1, QDate(2024, 1, 1), QDate(2024, 6, 30), CycleStatus::InProgress};
    TeamMember tpk;
    TeamMember technical;

    MonitoringFixture()
    {
        Language::apply(QStringLiteral("en"));
        REQUIRE(CycleRepository(w).save(cycle));
        tpk = member(TeamRole::FamilyCompanion);
        technical = member(TeamRole::Technical);
    }

    TeamMember member(TeamRole role)
    {
        Person person;
        person.name = enumCode(role);
        REQUIRE(PeopleRepository(w).save(person));
        TeamMember m{{}, cycle.id, person.id, role, 0, 0};
        REQUIRE(CycleRepository(w).save(m));
        return m;
    }

    AuditCase addCase(int number)
    {
        Subject subject;
        subject.group = TargetGroup::Baduta;
        subject.name = QStringLiteral("Child %1").arg(number);
        subject.sex = Sex::Male;
        subject.birthDate = QDate(2023, 1, 15);
        REQUIRE(SubjectRepository(w).save(subject));
        Measurement before;
        before.subjectId = subject.id;
        before.measuredOn = QDate(2024, 1, 10);
        before.lengthHeightCm = 70.0;
        before.weightKg = 8.0;
        REQUIRE(SubjectRepository(w).save(before));
        AuditCase c;
        c.cycleId = cycle.id;
        c.subjectId = subject.id;
        c.auditNumber = number;
        c.caseCode = QStringLiteral("AKS-2024-1-BDT-%1").arg(number);
        c.selectedOn = QDate(2024, 1, 20);
        REQUIRE(CaseRepository(w).save(c));
        return c;
    }

    MonitoringEntry entry(int month, const QDate &on, double lengthCm, qint64 visitor = 0)
    {
        MonitoringEntry e;
        e.visit.monthIndex = month;
        e.visit.visitDate = on;
        e.visit.visitorMemberId = visitor;
        e.measurement.lengthHeightCm = lengthCm;
        e.measurement.weightKg = 8.5;
        e.measurement.position = MeasurePosition::Lying;
        return e;
    }

    int measurementCount(const AuditCase &c) { return int(SubjectRepository(w).measurements(c.subjectId)->size()); }
};
}

TEST_CASE("Follow-up visits are stored with their measurement, scored by the growth engine like any other", "[audit][monitoring]")
{
    MonitoringFixture f;
    const AuditCase c = f.addCase(1);
    QList<MonitoringRecorder::CaseVisits> cases{{c, {f.entry(1, QDate(2024, 2, 20), 71.0, f.tpk.id), f.entry(2, QDate(2024, 3, 20), 72.5)}}};
    MonitoringRecorder recorder(f.w);
    REQUIRE(recorder.save(cases, Today));

    auto visits = CaseRepository(f.w).visits(c.id);
    REQUIRE(visits->size() == 2);
    CHECK(visits->at(0).visitorMemberId == f.tpk.id);
    CHECK(visits->at(1).visitorMemberId == 0);
    CHECK(f.measurementCount(c) == 3);
    auto stored = recorder.load(c);
    REQUIRE(stored->size() == 2);
    const Measurement &second = stored->at(1).measurement;
    CHECK(second.measuredOn == QDate(2024, 3, 20));
    CHECK(second.source == DataSource::Manual);
    Measurement expected = second;
    MeasurementAssessor::apply(*SubjectRepository(f.w).find(c.subjectId), expected);
    REQUIRE(second.zLengthAge);
    CHECK(*second.zLengthAge == Approx(*expected.zLengthAge));
    CHECK(second.zStandard == expected.zStandard);
    CHECK(cases.first().entries.at(1).visit.measurementId == second.id);
}

TEST_CASE("Correcting a stored visit updates its measurement instead of adding one", "[audit][monitoring]")
{
    MonitoringFixture f;
    const AuditCase c = f.addCase(1);
    MonitoringRecorder recorder(f.w);
    QList<MonitoringRecorder::CaseVisits> cases{{c, {f.entry(1, QDate(2024, 2, 20), 71.0)}}};
    REQUIRE(recorder.save(cases, Today));
    const double before = *recorder.load(c)->first().measurement.zLengthAge;
    cases.first().entries.first().measurement.lengthHeightCm = 74.0;
    REQUIRE(recorder.save(cases, Today));
    CHECK(f.measurementCount(c) == 2);
    CHECK(*recorder.load(c)->first().measurement.zLengthAge > before);
}

TEST_CASE("Visits out of order, before the selection, in the future or by a non-TPK visitor are refused and nothing is written",
          "[audit][monitoring]")
{
    MonitoringFixture f;
    const AuditCase c = f.addCase(1);
    const AuditCase other = f.addCase(2);
    MonitoringRecorder recorder(f.w);
    auto refused = [&](QList<MonitoringEntry> entries, const QString &message) {
        QList<MonitoringRecorder::CaseVisits> cases{{other, {f.entry(1, QDate(2024, 2, 1), 71.0)}}, {c, entries}};
        const Status status = recorder.save(cases, Today);
        INFO(status.error().toStdString());
        CHECK_FALSE(status);
        CHECK(status.error().contains(message));
        CHECK(CaseRepository(f.w).visits(c.id)->isEmpty());
        CHECK(CaseRepository(f.w).visits(other.id)->isEmpty());
        CHECK(f.measurementCount(c) == 1);
        CHECK(f.measurementCount(other) == 1);
    };
    refused({f.entry(1, QDate(2024, 1, 20), 71.0)}, QStringLiteral("AKS-2024-1-BDT-1, month 1: the visit must come after the case was selected"));
    refused({f.entry(1, QDate(2024, 3, 1), 71.0), f.entry(2, QDate(2024, 2, 28), 72.0)},
            QStringLiteral("month 2: the visit must come after the visit of the month before"));
    refused({f.entry(1, QDate(2024, 3, 1), 71.0), f.entry(2, QDate(2024, 3, 1), 72.0)}, QStringLiteral("month 2: the visit must come after"));
    refused({f.entry(2, QDate(2024, 3, 1), 71.0)}, QStringLiteral("month 2: record month 1 first"));
    refused({f.entry(1, QDate(2024, 6, 2), 71.0)}, QStringLiteral("is in the future"));
    refused({f.entry(1, QDate(2024, 3, 1), 71.0, f.technical.id)}, QStringLiteral("the visitor is not a TPK member"));
    refused({f.entry(1, QDate(2024, 3, 1), 300.0)}, QStringLiteral("length/height 300 is not a possible value"));
    refused({f.entry(1, QDate(), 71.0)}, QStringLiteral("the visit date is missing"));
    MonitoringEntry empty = f.entry(1, QDate(2024, 3, 1), 71.0);
    empty.measurement = Measurement{};
    refused({empty}, QStringLiteral("type at least one measured value"));
    MonitoringEntry fourth = f.entry(1, QDate(2024, 3, 1), 71.0);
    fourth.visit.monthIndex = 4;
    refused({fourth}, QStringLiteral("months 1 to 3 only"));
}

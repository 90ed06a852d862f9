#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"

#include <QThread>

namespace {
Subject fullSubject(qint64 desaId)
{
    Subject s;
    s.group = TargetGroup::Bumil;
    s.name = QStringLiteral("Nur'aini Suryana");
    s.nik = QStringLiteral("3299015203950001");
    s.kkNumber = QStringLiteral("3299011203950007");
    s.sex = Sex::Female;
    s.birthDate = QDate(1995, 3, 12);
    s.desaId = desaId;
    s.dusun = QStringLiteral("Dusun Kaler");
    s.rw = QStringLiteral("002");
    s.rt = QStringLiteral("005");
    s.address = QStringLiteral("Kp. Babakan RT 005/RW 002");
    s.motherName = QStringLiteral("Euis");
    s.fatherName = QStringLiteral("Ujang");
    s.spouseName = QStringLiteral("Asep Permana");
    s.phone = QStringLiteral("081234567890");
    s.birthWeightG = 2400;
    s.birthLengthCm = 47.5;
    s.marriageDate = QDate(2020, 1, 5);
    s.notes = QStringLiteral("Tinggal bersama mertua");
    return s;
}

qint64 makeDesa(Workspace &workspace)
{
    RegionRepository regions(workspace);
    Kecamatan k{{}, QStringLiteral("32.99.01"), QStringLiteral("Cibeureum")};
    REQUIRE(regions.save(k));
    Desa d;
    d.kecamatanId = k.id;
    d.code = QStringLiteral("32.99.01.2001");
    d.name = QStringLiteral("Sindangsari");
    REQUIRE(regions.save(d));
    return d.id;
}
}

TEST_CASE("A subject round-trips every field", "[storage][subjects]")
{
    TemporaryWorkspace temp;
    SubjectRepository repository(temp.workspace());
    Subject s = fullSubject(makeDesa(temp.workspace()));
    REQUIRE(repository.save(s));
    REQUIRE(s.id > 0);
    REQUIRE_FALSE(s.uuid.isEmpty());
    auto read = repository.find(s.id);
    REQUIRE(read.ok());
    const Subject &r = *read;
    CHECK(r.group == s.group);
    CHECK(r.name == QStringLiteral("Nur'aini Suryana"));
    CHECK(r.nik == s.nik);
    CHECK(r.kkNumber == s.kkNumber);
    CHECK(r.sex == Sex::Female);
    CHECK(r.birthDate == s.birthDate);
    CHECK(r.desaId == s.desaId);
    CHECK(r.posyanduId == 0);
    CHECK(r.dusun == s.dusun);
    CHECK(r.rw == s.rw);
    CHECK(r.rt == s.rt);
    CHECK(r.address == s.address);
    CHECK(r.motherName == s.motherName);
    CHECK(r.fatherName == s.fatherName);
    CHECK(r.spouseName == s.spouseName);
    CHECK(r.phone == s.phone);
    CHECK(r.birthWeightG == 2400);
    CHECK(r.birthLengthCm == Approx(47.5));
    CHECK(r.marriageDate == s.marriageDate);
    CHECK(r.notes == s.notes);
    CHECK(r.uuid == s.uuid);
}

TEST_CASE("Absent optional values stay absent", "[storage][subjects]")
{
    TemporaryWorkspace temp;
    SubjectRepository repository(temp.workspace());
    Subject s;
    s.name = QStringLiteral("Bayi Ny. Siti");
    REQUIRE(repository.save(s));
    auto r = repository.find(s.id);
    REQUIRE(r.ok());
    CHECK_FALSE(r->sex.has_value());
    CHECK_FALSE(r->birthDate.isValid());
    CHECK_FALSE(r->birthWeightG.has_value());
    CHECK_FALSE(r->birthLengthCm.has_value());
    CHECK(r->nik.isEmpty());
    CHECK(r->desaId == 0);
}

TEST_CASE("Updating keeps id, UUID and creation time and moves the update time", "[storage][subjects]")
{
    TemporaryWorkspace temp;
    SubjectRepository repository(temp.workspace());
    Subject s = fullSubject(0);
    REQUIRE(repository.save(s));
    const Subject first = *repository.find(s.id);
    QThread::msleep(5);
    s.name = QStringLiteral("Nur'aini S.");
    REQUIRE(repository.save(s));
    const Subject second = *repository.find(s.id);
    CHECK(second.id == first.id);
    CHECK(second.uuid == first.uuid);
    CHECK(second.createdAt == first.createdAt);
    CHECK(second.updatedAt > first.updatedAt);
    CHECK(second.name == QStringLiteral("Nur'aini S."));

    Subject other = fullSubject(0);
    REQUIRE(repository.save(other));
    CHECK(other.uuid != s.uuid);
}

TEST_CASE("Measurements round-trip, ordered by date, and need their subject", "[storage][subjects]")
{
    TemporaryWorkspace temp;
    SubjectRepository repository(temp.workspace());
    Subject s = fullSubject(0);
    REQUIRE(repository.save(s));

    Measurement later;
    later.subjectId = s.id;
    later.measuredOn = QDate(2024, 5, 2);
    later.weightKg = 7.45;
    later.lengthHeightCm = 65.2;
    later.position = MeasurePosition::Lying;
    later.muacCm = 12.3;
    later.headCircumferenceCm = 42.1;
    later.hbGdl = 10.9;
    later.oedema = true;
    later.gestationalAgeWeeks = 32;
    later.source = DataSource::Eppgbm;
    later.verified = true;
    REQUIRE(repository.save(later));
    Measurement earlier;
    earlier.subjectId = s.id;
    earlier.measuredOn = QDate(2024, 4, 1);
    REQUIRE(repository.save(earlier));

    auto list = repository.measurements(s.id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).measuredOn == QDate(2024, 4, 1));
    CHECK_FALSE(list->at(0).weightKg.has_value());
    CHECK_FALSE(list->at(0).position.has_value());
    const Measurement &m = list->at(1);
    CHECK(*m.weightKg == Approx(7.45));
    CHECK(*m.lengthHeightCm == Approx(65.2));
    CHECK(m.position == MeasurePosition::Lying);
    CHECK(*m.muacCm == Approx(12.3));
    CHECK(*m.headCircumferenceCm == Approx(42.1));
    CHECK(*m.hbGdl == Approx(10.9));
    CHECK(m.oedema);
    CHECK(*m.gestationalAgeWeeks == Approx(32));
    CHECK(m.source == DataSource::Eppgbm);
    CHECK(m.verified);
    CHECK_FALSE(m.zLengthAge.has_value());  // an adult: no growth-standard z-scores
    CHECK(repository.latestMeasurement(s.id)->value().measuredOn == QDate(2024, 5, 2));

    Measurement orphan;
    orphan.subjectId = 9999;
    orphan.measuredOn = QDate(2024, 1, 1);
    CHECK_FALSE(repository.save(orphan).ok());
    CHECK(orphan.id == 0);
}

TEST_CASE("Risk answers and field sources round-trip, one per factor or field", "[storage][subjects]")
{
    TemporaryWorkspace temp;
    SubjectRepository repository(temp.workspace());
    Subject s = fullSubject(0);
    REQUIRE(repository.save(s));
    RiskAnswer water{{}, s.id, QStringLiteral("water_source"), QStringLiteral("river"), QDate(2024, 2, 1), DataSource::FamilyCensus};
    REQUIRE(repository.save(water));
    RiskAnswer again{{}, s.id, QStringLiteral("water_source"), QStringLiteral("piped"), {}, DataSource::Manual};
    CHECK_FALSE(repository.save(again).ok());
    auto answers = repository.riskAnswers(s.id);
    REQUIRE(answers->size() == 1);
    CHECK(answers->first().value == QStringLiteral("river"));
    CHECK(answers->first().source == DataSource::FamilyCensus);
    CHECK(answers->first().observedOn == QDate(2024, 2, 1));

    FieldSource nik{{}, s.id, QStringLiteral("nik"), DataSource::Elsimil, true};
    REQUIRE(repository.save(nik));
    auto sources = repository.fieldSources(s.id);
    REQUIRE(sources->size() == 1);
    CHECK(sources->first().source == DataSource::Elsimil);
    CHECK(sources->first().verified);
}

TEST_CASE("A subject that is an audit case cannot be removed, others take their measurements with them", "[storage][subjects]")
{
    TemporaryWorkspace temp;
    Workspace &workspace = temp.workspace();
    SubjectRepository subjects(workspace);
    Subject kept = fullSubject(0);
    Subject removed = fullSubject(0);
    REQUIRE(subjects.save(kept));
    REQUIRE(subjects.save(removed));
    Measurement m;
    m.subjectId = removed.id;
    m.measuredOn = QDate(2024, 1, 1);
    REQUIRE(subjects.save(m));

    Cycle cycle;
    cycle.year = 2024;
    REQUIRE(CycleRepository(workspace).save(cycle));
    AuditCase auditCase;
    auditCase.cycleId = cycle.id;
    auditCase.subjectId = kept.id;
    auditCase.auditNumber = 1;
    auditCase.caseCode = QStringLiteral("AKS-2024-1-BML-01");
    REQUIRE(CaseRepository(workspace).save(auditCase));

    CHECK_FALSE(subjects.remove(kept.id).ok());
    CHECK(subjects.find(kept.id).ok());
    REQUIRE(subjects.remove(removed.id));
    CHECK_FALSE(subjects.find(removed.id).ok());
    CHECK(subjects.measurements(removed.id)->isEmpty());
}

TEST_CASE("Subjects list by name and filter by group and NIK", "[storage][subjects]")
{
    TemporaryWorkspace temp;
    SubjectRepository repository(temp.workspace());
    for (const auto &[name, group] : {std::pair{QStringLiteral("Zaki"), TargetGroup::Baduta}, std::pair{QStringLiteral("Ani"), TargetGroup::Catin},
                                      std::pair{QStringLiteral("Budi"), TargetGroup::Baduta}}) {
        Subject s;
        s.name = name;
        s.group = group;
        s.nik = name == QStringLiteral("Ani") ? QStringLiteral("3299015203950001") : QString();
        REQUIRE(repository.save(s));
    }
    auto all = repository.all();
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).name == QStringLiteral("Ani"));
    CHECK(all->at(2).name == QStringLiteral("Zaki"));
    CHECK(repository.all(TargetGroup::Baduta)->size() == 2);
    CHECK(repository.withNik(QStringLiteral("3299015203950001"))->size() == 1);
    CHECK(repository.withNik(QString())->isEmpty());
}

TEST_CASE("A child's measurement is stored with its z-scores, recomputed when it or the child changes", "[storage][subjects][growth]")
{
    TemporaryWorkspace temp;
    SubjectRepository repository(temp.workspace());
    Subject child;
    child.name = QStringLiteral("Raka");
    child.group = TargetGroup::Baduta;
    child.sex = Sex::Male;
    child.birthDate = QDate(2023, 1, 1);
    REQUIRE(repository.save(child));
    Measurement m;
    m.subjectId = child.id;
    m.measuredOn = child.birthDate.addDays(426);
    m.weightKg = 9.5;
    m.lengthHeightCm = 73.0;
    m.position = MeasurePosition::Lying;
    REQUIRE(repository.save(m));
    auto stored = repository.measurements(child.id)->first();
    REQUIRE(stored.zLengthAge.has_value());
    CHECK(stored.zStandard.startsWith(QStringLiteral("WHO 2006")));
    const double before = *stored.zLengthAge;
    CHECK(before < -1.5);
    CHECK(stored.zWeightLength.has_value());

    stored.lengthHeightCm = 78.0;
    REQUIRE(repository.save(stored));
    const double taller = *repository.measurements(child.id)->first().zLengthAge;
    CHECK(taller > before + 1);

    child.birthDate = child.birthDate.addDays(-120);  // older: the same length is shorter for age
    REQUIRE(repository.save(child));
    CHECK(*repository.measurements(child.id)->first().zLengthAge < taller - 0.5);
}

#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectBatchWriter.h"
#include "storage/SubjectRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <string>

namespace {
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

// Every field set, texts with quotes and non-ASCII letters.
Subject fullSubject(qint64 desaId)
{
    Subject s;
    s.group = TargetGroup::Catin;
    s.name = QStringLiteral("Nur'aini Suryana Renée");
    s.nik = QStringLiteral("3299015203050001");
    s.kkNumber = QStringLiteral("3299011203950007");
    s.sex = Sex::Female;
    s.birthDate = QDate(2008, 3, 12);
    s.desaId = desaId;
    s.dusun = QStringLiteral("Dusun Kaler");
    s.rw = QStringLiteral("002");
    s.rt = QStringLiteral("005");
    s.address = QStringLiteral("Kp. Babakan \"Tengah\" RT 005/RW 002");
    s.motherName = QStringLiteral("Euis");
    s.fatherName = QStringLiteral("Ujang");
    s.spouseName = QStringLiteral("Asep Permana");
    s.phone = QStringLiteral("081234567890");
    s.birthWeightG = 2400;
    s.birthLengthCm = 47.5;
    s.marriageDate = QDate(2025, 1, 5);
    s.notes = QStringLiteral("Tinggal bersama mertua");
    return s;
}

Measurement fullMeasurement()
{
    Measurement m;
    m.measuredOn = QDate(2024, 9, 10);
    m.weightKg = 41.5;
    m.lengthHeightCm = 147.2;
    m.position = MeasurePosition::Standing;
    m.muacCm = 22.5;
    m.hbGdl = 11.2;
    m.gestationalAgeWeeks = 12;
    m.source = DataSource::Elsimil;
    m.verified = true;
    return m;
}

// The stored row as "column=value (type)" lines, but for its keys and bookkeeping and what only
// a batch records (the subject's source).
std::string row(Workspace &w, const char *table, qint64 id)
{
    static const QStringList skipped = {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                        QStringLiteral("subject_id"), QStringLiteral("source_fields")};
    QSqlQuery q(w.database());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 WHERE id = %2").arg(QLatin1String(table)).arg(id)));
    REQUIRE(q.next());
    QStringList values;
    for (int i = 0; i < q.record().count(); ++i) {
        const QString name = q.record().fieldName(i);
        if (skipped.contains(name) || (name == QLatin1String("source") && qstrcmp(table, "subject") == 0))
            continue;
        values << QStringLiteral("%1=%2 (%3)").arg(name, q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString(), QLatin1String(q.value(i).typeName()));
    }
    return values.join(QLatin1Char('\n')).toStdString();
}
}

TEST_CASE("The batch writer stores the subject and measurement rows the repository stores", "[storage][subjects]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    SubjectRepository repository(w);
    const qint64 desaId = makeDesa(w);
    Subject one = fullSubject(desaId);
    Measurement oneMeasured = fullMeasurement();
    REQUIRE(repository.save(one));
    oneMeasured.subjectId = one.id;
    REQUIRE(repository.save(one, oneMeasured));

    Subject two = fullSubject(desaId);
    Measurement twoMeasured = fullMeasurement();
    Subject sparse;  // nothing but a name: absent values as NULL, empty texts as ''
    sparse.name = QStringLiteral("Tanpa Data");
    Measurement sparseMeasured;
    sparseMeasured.measuredOn = QDate(2024, 9, 10);
    REQUIRE(w.write([&]() -> Status {
        SubjectBatchWriter batch(w);
        REQUIRE(batch.insert(two, DataSource::Elsimil, {QStringLiteral("name"), QStringLiteral("nik")}, 1));
        twoMeasured.subjectId = two.id;
        REQUIRE(batch.insert(two, twoMeasured, 1));
        REQUIRE(batch.insert(sparse, DataSource::Manual, {}, 2));
        sparseMeasured.subjectId = sparse.id;
        REQUIRE(batch.insert(sparse, sparseMeasured, 2));
        return batch.flush();
    }));

    CHECK(two.id > one.id);
    CHECK(two.uuid.size() == 36);
    CHECK(two.uuid != one.uuid);
    CHECK(two.createdAt.isValid());
    CHECK(twoMeasured.id > oneMeasured.id);
    CHECK(twoMeasured.zStandard == oneMeasured.zStandard);
    REQUIRE(twoMeasured.zBmiAge.has_value());
    CHECK(row(w, "subject", two.id) == row(w, "subject", one.id));
    CHECK(row(w, "measurement", twoMeasured.id) == row(w, "measurement", oneMeasured.id));

    Subject plain;
    plain.name = QStringLiteral("Tanpa Data");
    REQUIRE(repository.save(plain));
    Measurement plainMeasured;
    plainMeasured.measuredOn = QDate(2024, 9, 10);
    plainMeasured.subjectId = plain.id;
    REQUIRE(repository.save(plainMeasured));
    CHECK(row(w, "subject", sparse.id) == row(w, "subject", plain.id));
    CHECK(row(w, "measurement", sparseMeasured.id) == row(w, "measurement", plainMeasured.id));

    auto read = repository.find(two.id);
    REQUIRE(read.ok());
    CHECK(read->name == two.name);
    CHECK(read->uuid == two.uuid);
    CHECK(read->createdAt == two.createdAt);
}

TEST_CASE("Field sources a batch recorded with the subject read like rows, until a row of their own replaces them", "[storage][subjects]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    SubjectRepository repository(w);
    Subject s = fullSubject(makeDesa(w));
    REQUIRE(w.write([&]() -> Status {
        SubjectBatchWriter batch(w);
        REQUIRE(batch.insert(s, DataSource::Eppgbm, {QStringLiteral("name"), QStringLiteral("nik"), QStringLiteral("birth_date")}, 1));
        return batch.flush();
    }));

    auto sources = repository.fieldSources(s.id);
    REQUIRE(sources.ok());
    REQUIRE(sources->size() == 3);
    CHECK(sources->at(0).field == QStringLiteral("birth_date"));
    CHECK(sources->at(1).field == QStringLiteral("name"));
    CHECK(sources->at(2).field == QStringLiteral("nik"));
    for (const FieldSource &f : *sources) {
        CHECK(f.subjectId == s.id);
        CHECK(f.source == DataSource::Eppgbm);
        CHECK_FALSE(f.verified);
        CHECK_FALSE(f.isStored());
        CHECK(f.createdAt == s.createdAt);
    }

    FieldSource checked = sources->at(2);
    checked.verified = true;
    REQUIRE(repository.save(checked));
    FieldSource desa{{}, s.id, QStringLiteral("desa_id"), DataSource::Manual, false};
    REQUIRE(repository.save(desa));
    sources = repository.fieldSources(s.id);
    REQUIRE(sources->size() == 4);
    CHECK(sources->at(1).field == QStringLiteral("desa_id"));
    CHECK(sources->at(1).source == DataSource::Manual);
    CHECK(sources->at(3).field == QStringLiteral("nik"));
    CHECK(sources->at(3).verified);
    CHECK(sources->at(3).isStored());
    CHECK(sources->at(0).source == DataSource::Eppgbm);
    CHECK_FALSE(sources->at(0).isStored());
}

TEST_CASE("The batch writer works only inside a transaction and names what SQLite refused", "[storage][subjects]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Subject s = fullSubject(0);
    auto outside = SubjectBatchWriter(w).insert(s, DataSource::Manual, {}, 1);
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().contains(QStringLiteral("transaction")));
    CHECK_FALSE(s.isStored());

    Subject nowhere = fullSubject(424242);
    const Status refused = w.write([&]() -> Status {
        SubjectBatchWriter batch(w);
        REQUIRE(batch.insert(nowhere, DataSource::Manual, {}, 7));
        return batch.flush();
    });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Line 7: ")));
    CHECK(refused.error().contains(QStringLiteral("FOREIGN KEY constraint failed")));
    QSqlQuery count(w.database());
    REQUIRE(count.exec(QStringLiteral("SELECT COUNT(*) FROM subject")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 0);
}

TEST_CASE("Rows given to the batch writer by the hundred keep their order and ids beside rows others write", "[storage][subjects]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    SubjectRepository repository(w);
    const qint64 desaId = makeDesa(w);
    QList<qint64> ids;
    REQUIRE(w.write([&]() -> Status {
        SubjectBatchWriter batch(w);
        for (int i = 0; i < 250; ++i) {
            Subject s = fullSubject(desaId);
            s.name = QStringLiteral("Anak %1").arg(i);
            REQUIRE(batch.insert(s, DataSource::Eppgbm, {QStringLiteral("name")}, i + 2));
            Measurement m = fullMeasurement();
            m.subjectId = s.id;
            REQUIRE(batch.insert(s, m, i + 2));
            ids << s.id;
        }
        REQUIRE(batch.flush());
        Subject between = fullSubject(desaId);
        REQUIRE(repository.save(between));
        ids << between.id;
        Subject last = fullSubject(desaId);
        REQUIRE(batch.insert(last, DataSource::Eppgbm, {}, 300));
        ids << last.id;
        return batch.flush();
    }));
    for (int i = 1; i < ids.size(); ++i)
        CHECK(ids[i] == ids[i - 1] + 1);
    auto all = repository.all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 252);
    auto named = repository.find(ids.mid(100, 3));
    REQUIRE(named.ok());
    REQUIRE(named->size() == 3);
    CHECK(named->at(0).name == QStringLiteral("Anak 100"));
    CHECK(named->at(2).name == QStringLiteral("Anak 102"));
    auto measured = repository.measurements(ids[249]);
    REQUIRE(measured->size() == 1);
    CHECK(measured->first().zBmiAge.has_value());
    CHECK(w.integrityProblems().isEmpty());
}

TEST_CASE("Subjects listed through SQLite directly are the subjects read one by one", "[storage][subjects]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    SubjectRepository repository(w);
    const qint64 desaId = makeDesa(w);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Subject s = i == 1 ? Subject() : fullSubject(desaId);
        s.name = QStringLiteral("Anak %1").arg(i);
        REQUIRE(repository.save(s));
        ids << s.id;
    }
    auto listed = repository.all();
    REQUIRE(listed.ok());
    auto found = repository.find(QList<qint64>{ids[2], ids[0], ids[1], 999});
    REQUIRE(found.ok());
    REQUIRE(listed->size() == 3);
    REQUIRE(found->size() == 3);
    for (int i = 0; i < 3; ++i) {
        const Subject one = *repository.find(ids[i]);
        for (const Subject &s : {listed->at(i), found->at(i)}) {
            CHECK(s.id == one.id);
            CHECK(s.uuid == one.uuid);
            CHECK(s.createdAt == one.createdAt);
            CHECK(s.updatedAt == one.updatedAt);
            CHECK(s.group == one.group);
            CHECK(s.name == one.name);
            CHECK(s.nik == one.nik);
            CHECK(s.kkNumber == one.kkNumber);
            CHECK(s.sex == one.sex);
            CHECK(s.birthDate == one.birthDate);
            CHECK(s.desaId == one.desaId);
            CHECK(s.posyanduId == one.posyanduId);
            CHECK(s.dusun == one.dusun);
            CHECK(s.rw == one.rw);
            CHECK(s.rt == one.rt);
            CHECK(s.address == one.address);
            CHECK(s.motherName == one.motherName);
            CHECK(s.fatherName == one.fatherName);
            CHECK(s.spouseName == one.spouseName);
            CHECK(s.phone == one.phone);
            CHECK(s.birthWeightG == one.birthWeightG);
            CHECK(s.birthLengthCm == one.birthLengthCm);
            CHECK(s.marriageDate == one.marriageDate);
            CHECK(s.notes == one.notes);
        }
    }
    CHECK(listed->at(1).birthWeightG == std::nullopt);
    CHECK(listed->at(0).birthLengthCm == 47.5);
    CHECK(repository.all(TargetGroup::Catin)->size() == 2);
    CHECK(repository.find(QList<qint64>{})->isEmpty());
}

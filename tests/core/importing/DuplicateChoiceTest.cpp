#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "demo/DemoDistrict.h"
#include "importing/CsvTable.h"
#include "importing/ImportPlan.h"
#include "importing/ImportRunner.h"
#include "storage/SubjectRepository.h"

namespace {
struct DuplicateFixture {
    TemporaryWorkspace temp;
    Subject known;
    QByteArray data = "NIK;Nama Anak;JK;Tgl Lahir;Nama Ibu;Nama Ayah;Desa/Kelurahan;Tanggal Pengukuran;BB;TB/PB\n";

    DuplicateFixture()
    {
        REQUIRE(DemoDistrict::populate(temp.workspace(), QDate(2024, 9, 16)));
        for (const Subject &s : *SubjectRepository(temp.workspace()).all(TargetGroup::Baduta)) {
            if (!s.nik.isEmpty() && s.sex == Sex::Male) {
                known = s;
                break;
            }
        }
        REQUIRE(known.id);
        // Line 2: the known child with another mother and a father; 3 and 4: one new child twice,
        // the second time with a father's name.
        data += known.nik.toUtf8() + ";" + known.name.toUtf8() + ";L;" + known.birthDate.toString(QStringLiteral("dd/MM/yyyy")).toUtf8() +
                ";Ibu Dari Berkas;Ayah Dari Berkas;Sindangsari;15/09/2024;9;75\n";
        data += ";Bunga Citra;P;12/03/2023;Siti;;Sindangsari;15/08/2024;8,2;72\n";
        data += ";bunga  citra;P;12/03/2023;Siti;Budi;Sindangsari;15/09/2024;8,5;73\n";
    }

    ImportPlan plan()
    {
        auto plan = ImportPlan::build(temp.workspace(), *CsvTable::read(data), TargetGroup::Baduta, DataSource::Elsimil);
        REQUIRE(plan.ok());
        REQUIRE(plan->rows[0].existingSubjectId == known.id);
        REQUIRE(plan->rows[2].sameAsLine == 3);
        return *plan;
    }

    QList<Subject> named(const QString &name)
    {
        QList<Subject> found;
        for (const Subject &s : *SubjectRepository(temp.workspace()).all(TargetGroup::Baduta)) {
            if (s.name.compare(name, Qt::CaseInsensitive) == 0)
                found << s;
        }
        return found;
    }

    QString sourceOf(qint64 subjectId, const QString &field)
    {
        for (const FieldSource &source : *SubjectRepository(temp.workspace()).fieldSources(subjectId)) {
            if (source.field == field)
                return enumCode(source.source);
        }
        return {};
    }
};
}

TEST_CASE("Keeping the stored data adds only the measurement to the known person", "[import][duplicates]")
{
    DuplicateFixture f;
    const int before = int(SubjectRepository(f.temp.workspace()).measurements(f.known.id)->size());
    auto counts = ImportRunner::write(f.temp.workspace(), f.plan(), false);
    REQUIRE(counts.ok());
    CHECK(counts->newSubjects == 1);
    CHECK(counts->updatedSubjects == 0);
    CHECK(counts->measurements == 3);
    const Subject after = *SubjectRepository(f.temp.workspace()).find(f.known.id);
    CHECK(after.motherName == f.known.motherName);
    CHECK(SubjectRepository(f.temp.workspace()).measurements(f.known.id)->size() == before + 1);
    const QList<Subject> bunga = f.named(QStringLiteral("Bunga Citra"));
    REQUIRE(bunga.size() == 1);
    CHECK(SubjectRepository(f.temp.workspace()).measurements(bunga[0].id)->size() == 2);
    CHECK(f.sourceOf(bunga[0].id, QStringLiteral("name")) == QStringLiteral("elsimil"));
    CHECK(f.sourceOf(bunga[0].id, QStringLiteral("mother_name")) == QStringLiteral("elsimil"));
}

TEST_CASE("Taking the file's data or merging field by field changes only those fields and records their source", "[import][duplicates]")
{
    DuplicateFixture f;
    ImportPlan plan = f.plan();
    plan.rows[0].choice = DuplicateChoice::Merge;
    plan.rows[0].fieldsFromFile = {ImportField::FatherName};
    plan.rows[2].choice = DuplicateChoice::TakeFile;
    auto counts = ImportRunner::write(f.temp.workspace(), plan, false);
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    CHECK(counts->updatedSubjects == 2);
    const Subject merged = *SubjectRepository(f.temp.workspace()).find(f.known.id);
    CHECK(merged.fatherName == QStringLiteral("Ayah Dari Berkas"));
    CHECK(merged.motherName == f.known.motherName);
    CHECK(f.sourceOf(f.known.id, QStringLiteral("father_name")) == QStringLiteral("elsimil"));
    // The second line of the new child gives its father and its spelling of the name.
    const QList<Subject> bunga = f.named(QStringLiteral("Bunga Citra"));
    REQUIRE(bunga.size() == 1);
    CHECK(bunga[0].fatherName == QStringLiteral("Budi"));
    CHECK(bunga[0].name == QStringLiteral("bunga citra"));
}

TEST_CASE("Keeping both stores the line as a different person", "[import][duplicates]")
{
    DuplicateFixture f;
    ImportPlan plan = f.plan();
    plan.rows[2].choice = DuplicateChoice::KeepBoth;
    auto counts = ImportRunner::write(f.temp.workspace(), plan, false);
    REQUIRE(counts.ok());
    CHECK(counts->newSubjects == 2);
    const QList<Subject> bunga = f.named(QStringLiteral("Bunga Citra"));
    REQUIRE(bunga.size() == 2);
    CHECK(SubjectRepository(f.temp.workspace()).measurements(bunga[0].id)->size() == 1);
    CHECK(SubjectRepository(f.temp.workspace()).measurements(bunga[1].id)->size() == 1);
}

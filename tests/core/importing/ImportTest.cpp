#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "demo/DemoDistrict.h"
#include "importing/ColumnMapping.h"
#include "importing/CsvTable.h"
#include "importing/ImportDate.h"
#include "importing/ImportPlan.h"
#include "importing/ImportRunner.h"
#include "storage/SubjectRepository.h"

#include <QSqlQuery>

namespace {
int rows(Workspace &w, const char *table)
{
    QSqlQuery q(w.database());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    q.next();
    return q.value(0).toInt();
}

const QByteArray Header = "No;NIK;Nama Anak;JK;Tgl Lahir;Nama Ibu;Desa/Kelurahan;Tanggal Pengukuran;BB;TB/PB;Cara Ukur\n";
}

TEST_CASE("Column mapping is proposed from e-PPGBM and Elsimil headers in any case and spacing", "[import]")
{
    const QStringList header = {QStringLiteral("No"), QStringLiteral("NIK"), QStringLiteral("Nama Anak"), QStringLiteral("JK"),
                                QStringLiteral("Tgl Lahir"), QStringLiteral("Nama Ibu"), QStringLiteral("Desa/Kelurahan"),
                                QStringLiteral("Tanggal Pengukuran"), QStringLiteral("BB (kg)"), QStringLiteral("TB/PB (cm)"),
                                QStringLiteral("Cara Ukur")};
    const ColumnMapping eppgbm = ColumnMapping::propose(header);
    CHECK(eppgbm.column(ImportField::Nik) == 1);
    CHECK(eppgbm.column(ImportField::Name) == 2);
    CHECK(eppgbm.column(ImportField::Sex) == 3);
    CHECK(eppgbm.column(ImportField::BirthDate) == 4);
    CHECK(eppgbm.column(ImportField::MotherName) == 5);
    CHECK(eppgbm.column(ImportField::Desa) == 6);
    CHECK(eppgbm.column(ImportField::MeasuredOn) == 7);
    CHECK(eppgbm.column(ImportField::Weight) == 8);
    CHECK(eppgbm.column(ImportField::LengthHeight) == 9);
    CHECK(eppgbm.column(ImportField::Position) == 10);
    const ColumnMapping elsimil = ColumnMapping::propose(
        {QStringLiteral("nama"), QStringLiteral("TANGGAL LAHIR"), QStringLiteral("  LiLA "), QStringLiteral("Hb"), QStringLiteral("Kecamatan"),
         QStringLiteral("desa")});
    CHECK(elsimil.column(ImportField::Name) == 0);
    CHECK(elsimil.column(ImportField::BirthDate) == 1);
    CHECK(elsimil.column(ImportField::Muac) == 2);
    CHECK(elsimil.column(ImportField::Hb) == 3);
    CHECK(elsimil.column(ImportField::Kecamatan) == 4);
    CHECK(elsimil.column(ImportField::Desa) == 5);

    // Remembered by header name: next month's file with the columns in another order still fits.
    QStringList reordered = header;
    reordered.move(10, 0);
    const ColumnMapping remembered = ColumnMapping::fromText(eppgbm.toText(header), reordered);
    CHECK(remembered.column(ImportField::Position) == 0);
    CHECK(remembered.column(ImportField::Nik) == 2);
    CHECK(remembered.column(ImportField::Weight) == 9);
    CHECK_FALSE(remembered.has(ImportField::Hb));
}

TEST_CASE("Dates are read day first, as ISO, or as Excel serials", "[import]")
{
    CHECK(ImportDate::parse(QStringLiteral("31/10/2023")) == QDate(2023, 10, 31));
    CHECK(ImportDate::parse(QStringLiteral("31-10-2023")) == QDate(2023, 10, 31));
    CHECK(ImportDate::parse(QStringLiteral("31.10.2023")) == QDate(2023, 10, 31));
    CHECK(ImportDate::parse(QStringLiteral("03/04/2023")) == QDate(2023, 4, 3));
    CHECK(ImportDate::parse(QStringLiteral("2023-10-31")) == QDate(2023, 10, 31));
    CHECK(ImportDate::parse(QStringLiteral("45230")) == QDate(2023, 10, 31));
    CHECK(ImportDate::parse(QStringLiteral("31/10/23")) == QDate(2023, 10, 31));
    CHECK_FALSE(ImportDate::parse(QStringLiteral("31/13/2023")).isValid());
    CHECK_FALSE(ImportDate::parse(QStringLiteral("kemarin")).isValid());
}

TEST_CASE("An import plan shows every row with its problems and matches people in the file and the workspace", "[import]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    REQUIRE(DemoDistrict::populate(w, QDate(2024, 9, 16)));
    const Subject known = SubjectRepository(w).all(TargetGroup::Baduta)->at(5);
    QByteArray data = Header;
    data += "1;3299015203220001;Bunga Citra;P;12/03/2022;Siti;Sindangsari;15/09/2024;10,2;82,5;Berdiri\n";
    data += "2;3299015203220001;Bunga Citra;P;12/03/2022;Siti;Sindangsari;15/10/2024;10,6;83,4;Berdiri\n";
    data += "3;" + known.nik.toUtf8() + ";" + known.name.toUtf8() + ";L;01/01/2023;X;Babakan;15/09/2024;9;75;Terlentang\n";
    data += "4;;Tono;X;31/13/2022;Ani;Nowhere;;;;\n";
    data += "5;;Nur'aini;P;2023-01-05;Ani;Babakan;45550;800;71;Terlentang\n";
    auto plan = ImportPlan::build(w, *CsvTable::read(data), TargetGroup::Baduta, DataSource::Eppgbm);
    REQUIRE(plan.ok());
    REQUIRE(plan->rows.size() == 5);
    CHECK(plan->rows[0].problems.isEmpty());
    CHECK(plan->rows[0].measurement->zLengthAge.has_value());
    CHECK(plan->rows[1].sameAsLine == 2);
    CHECK(plan->rows[2].existingSubjectId == known.id);
    CHECK(plan->rows[3].problems.size() == 3);
    CHECK(plan->rows[4].problems.join(QLatin1Char(' ')).contains(QStringLiteral("\"800\" is not possible")));
    CHECK(plan->rejectedCount() == 2);
    CHECK(plan->duplicateCount() == 2);
}

TEST_CASE("An import stores all rows or none, and can be cancelled", "[import]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    REQUIRE(DemoDistrict::populate(w, QDate(2024, 9, 16)));
    const int subjectsBefore = rows(w, "subject");
    const int measurementsBefore = rows(w, "measurement");
    QByteArray data = Header;
    data += "1;;Bunga Citra;P;12/03/2022;Siti;Sindangsari;15/09/2024;10,2;82,5;Berdiri\n";
    data += "2;;Tono;X;31/13/2022;Ani;Nowhere;;;;\n";
    data += "3;;Bunga Citra;P;12/03/2022;Siti;Sindangsari;15/10/2024;10,6;83,4;Berdiri\n";
    auto plan = ImportPlan::build(w, *CsvTable::read(data), TargetGroup::Baduta, DataSource::Eppgbm);
    REQUIRE(plan.ok());

    auto refused = ImportRunner::write(w, *plan, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Line 3")));
    CHECK(rows(w, "subject") == subjectsBefore);
    CHECK(rows(w, "measurement") == measurementsBefore);

    auto cancelled = ImportRunner::write(w, *plan, true, [](int done, int) { return done < 2; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().contains(QStringLiteral("cancelled")));
    CHECK(rows(w, "subject") == subjectsBefore);

    auto stored = ImportRunner::write(w, *plan, true);
    REQUIRE(stored.ok());
    CHECK(stored->newSubjects == 1);
    CHECK(stored->measurements == 2);
    CHECK(stored->skipped == 1);
    CHECK(rows(w, "subject") == subjectsBefore + 1);
    CHECK(rows(w, "measurement") == measurementsBefore + 2);
}

TEST_CASE("A Windows-1252 file keeps its accented names", "[import]")
{
    TemporaryWorkspace temp;
    REQUIRE(DemoDistrict::populate(temp.workspace(), QDate(2024, 9, 16)));
    QByteArray data = "Nama;JK;Tgl Lahir;Desa\n";
    data += "Ren\xe9 Nur'aini;P;12/03/2022;Sindangsari\n";  // é as one byte, not UTF-8
    auto plan = ImportPlan::build(temp.workspace(), *CsvTable::read(data), TargetGroup::Baduta, DataSource::Eppgbm);
    REQUIRE(plan.ok());
    CHECK(plan->rows[0].subject.name == QString::fromUtf8("Ren\xc3\xa9 Nur'aini"));
}

TEST_CASE("Checking the rows of a large file can be cancelled", "[import]")
{
    TemporaryWorkspace temp;
    REQUIRE(DemoDistrict::populate(temp.workspace(), QDate(2024, 9, 16)));
    QByteArray data = Header;
    for (int i = 0; i < 5000; ++i)
        data += "1;;Bunga Citra;P;12/03/2022;Siti;Sindangsari;15/09/2024;10,2;82,5;Berdiri\n";
    auto lookup = ImportLookup::load(temp.workspace(), TargetGroup::Baduta);
    REQUIRE(lookup.ok());
    int calls = 0;
    auto plan = ImportPlan::build(*lookup, *CsvTable::read(data), TargetGroup::Baduta, DataSource::Eppgbm, std::nullopt, [&](int done, int total) {
        CHECK(total == 5000);
        ++calls;
        return done < 2000;
    });
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().contains(QStringLiteral("cancelled")));
    CHECK(calls == 3);
}

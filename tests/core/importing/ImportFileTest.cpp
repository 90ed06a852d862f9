#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "demo/DemoDistrict.h"
#include "importing/ImportFile.h"
#include "importing/ImportPlan.h"
#include "importing/ImportRunner.h"
#include "storage/SubjectRepository.h"

#include <QDir>
#include <QFile>

namespace {
QString sample(const char *name)
{
    return QDir(QStringLiteral(TUNTAS_TEST_DATA_DIR "/import")).filePath(QString::fromLatin1(name));
}

// What was stored, as text, for comparing two imports.
QStringList stored(Workspace &workspace)
{
    QStringList lines;
    SubjectRepository subjects(workspace);
    for (const Subject &s : *subjects.all(TargetGroup::Baduta)) {
        {
            for (const Measurement &m : *subjects.measurements(s.id))
                lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                             .arg(s.nik, s.name, s.motherName, s.birthDate.toString(Qt::ISODate), m.measuredOn.toString(Qt::ISODate))
                             .arg(m.weightKg.value_or(-1))
                             .arg(m.lengthHeightCm.value_or(-1))
                             .arg(m.zLengthAge.value_or(-99))
                             .arg(s.desaId);
        }
    }
    lines.sort();
    return lines;
}
}

TEST_CASE("The same export as CSV and as XLSX imports to identical subjects and measurements", "[import][xlsx]")
{
    auto csv = ImportFile::read(sample("eppgbm_sample.csv"));
    auto xlsx = ImportFile::read(sample("eppgbm_sample.xlsx"));
    REQUIRE(csv.ok());
    REQUIRE(xlsx.ok());
    CHECK(csv->header == xlsx->header);
    REQUIRE(csv->rows.size() == 8);
    REQUIRE(xlsx->rows.size() == 8);

    QStringList results;
    for (const ImportTable *table : {&*csv, &*xlsx}) {
        TemporaryWorkspace temp;
        REQUIRE(DemoDistrict::populate(temp.workspace(), QDate(2024, 9, 16)));
        const QStringList before = stored(temp.workspace());
        auto plan = ImportPlan::build(temp.workspace(), *table, TargetGroup::Baduta, DataSource::Eppgbm);
        REQUIRE(plan.ok());
        CHECK(plan->rejectedCount() == 0);
        auto counts = ImportRunner::write(temp.workspace(), *plan, false);
        REQUIRE(counts.ok());
        CHECK(counts->newSubjects == 8);
        CHECK(counts->measurements == 8);
        QStringList after = stored(temp.workspace());
        for (const QString &line : before)
            after.removeOne(line);
        REQUIRE(after.size() == 8);
        results << after.join(QLatin1Char('\n'));
    }
    CHECK(results[0] == results[1]);
    CHECK(results[0].contains(QString::fromUtf8("Dédeh Kurniasih")));
    CHECK(results[0].contains(QStringLiteral("11.35")));
}

TEST_CASE("A file is read as a workbook or as CSV by its content, whatever its name", "[import][xlsx]")
{
    QTemporaryDir dir;
    const QString renamed = dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(QFile::copy(sample("eppgbm_sample.xlsx"), renamed));
    auto table = ImportFile::read(renamed);
    REQUIRE(table.ok());
    CHECK(table->rows.size() == 8);
    auto old = ImportFile::read(sample("old_format.xlsx"));
    REQUIRE_FALSE(old.ok());
    CHECK_FALSE(old.error().isEmpty());
    auto missing = ImportFile::read(dir.filePath(QStringLiteral("nothing.xlsx")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("cannot be read")));
}

#include <catch2/catch.hpp>

#include "exporting/CsvTableWriter.h"
#include "exporting/ExportFile.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

TEST_CASE("A CSV export opens in an Indonesian spreadsheet: BOM, semicolons, decimal commas, day-first dates, CRLF", "[export][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("measurements.csv"));
    ExportTable table;
    table.header = {QStringLiteral("NIK"), QStringLiteral("Name"), QStringLiteral("Measured on"), QStringLiteral("Weight (kg)"),
                    QStringLiteral("Year"), QStringLiteral("Notes")};
    table.rows = {{QStringLiteral("3201014503220007"), QStringLiteral("Nur'aini"), QDate(2024, 9, 5), 8.1, QVariant(qlonglong(2024)),
                   QStringLiteral("kurus; \"perlu\" dicek")},
                  {QStringLiteral("0012345678901234"), QStringLiteral("Siti"), QVariant(), -1.25, QVariant(), QStringLiteral("line\nbreak")}};
    REQUIRE(CsvTableWriter::write(table, path));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll()
          == "\xEF\xBB\xBF"
             "NIK;Name;Measured on;Weight (kg);Year;Notes\r\n"
             "3201014503220007;Nur'aini;05/09/2024;8,1;2024;\"kurus; \"\"perlu\"\" dicek\"\r\n"
             "0012345678901234;Siti;;-1,25;;\"line\nbreak\"\r\n");
}

TEST_CASE("The file name's extension decides the format, and only .csv and .xlsx are taken", "[export]")
{
    CHECK(*ExportFile::formatOf(QStringLiteral("/tmp/a.csv")) == ExportFile::Format::Csv);
    CHECK(*ExportFile::formatOf(QStringLiteral("/tmp/A.XLSX")) == ExportFile::Format::Xlsx);
    for (const char *name : {"/tmp/a.xls", "/tmp/a.txt", "/tmp/a"}) {
        const auto format = ExportFile::formatOf(QLatin1String(name));
        REQUIRE_FALSE(format);
        CHECK(format.error().contains(QStringLiteral("must end in .csv or .xlsx")));
    }
    QTemporaryDir dir;
    CHECK_FALSE(ExportFile::write(ExportTable{}, dir.filePath(QStringLiteral("a.ods"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("a.ods"))));
}

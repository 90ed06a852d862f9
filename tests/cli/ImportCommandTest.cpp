#include <catch2/catch.hpp>

#include "CliRunner.h"
#include "importing/ImportMappings.h"
#include "storage/Workspace.h"

#include <array>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
int subjects(const QString &workspace)
{
    const CliRun info = CliRun::run({QStringLiteral("info"), QStringLiteral("--json"), workspace});
    int total = 0;
    for (const QJsonValue &count : QJsonDocument::fromJson(info.out.toUtf8()).object()[QStringLiteral("subjects")].toObject())
        total += count.toInt();
    return total;
}
}

TEST_CASE("tuntas-cli import refuses a file with bad rows unless told to skip them, and --dry-run stores nothing", "[cli][import]")
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.tuntas"));
    REQUIRE(CliRun::run({QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("2024-09-16"), workspace}).exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("eppgbm.csv"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("No;NIK;Nama Anak;JK;Tgl Lahir;Nama Ibu;Desa/Kelurahan;Tanggal Pengukuran;BB;TB/PB;Cara Ukur\n"
              "1;;Bunga Citra;P;12/03/2022;Siti;Sindangsari;15/09/2024;10,2;82,5;Berdiri\n"
              "2;;Tono;X;31/13/2022;Ani;Nowhere;;;;\n");
    out.close();

    CliRun refused = CliRun::run({QStringLiteral("import"), workspace, QStringLiteral("--group"), QStringLiteral("BADUTA"), file});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("line 3: sex \"X\" is not L or P")));
    CHECK(refused.err.contains(QStringLiteral("nothing was stored because 1 row has problems")));
    CHECK(subjects(workspace) == 300);

    CliRun dry = CliRun::run({QStringLiteral("import"), workspace, QStringLiteral("--group"), QStringLiteral("BADUTA"), QStringLiteral("--skip-bad"),
                              QStringLiteral("--dry-run"), file});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Dry run")));
    CHECK(subjects(workspace) == 300);

    CliRun stored = CliRun::run({QStringLiteral("import"), workspace, QStringLiteral("--group"), QStringLiteral("BADUTA"), QStringLiteral("--skip-bad"), file});
    CHECK(stored.exitCode == 0);
    CHECK(stored.out.contains(QStringLiteral("Stored 1 new subjects and 1 measurements; 1 rows left out.")));
    CHECK(subjects(workspace) == 301);

    CliRun noGroup = CliRun::run({QStringLiteral("import"), workspace, file});
    CHECK(noGroup.exitCode != 0);
    CHECK(noGroup.err.contains(QStringLiteral("--group")));
}

TEST_CASE("tuntas-cli import uses a remembered column mapping and writes the rejected rows for correction", "[cli][import]")
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.tuntas"));
    REQUIRE(CliRun::run({QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("2024-09-16"), workspace}).exitCode == 0);
    // Headers no proposal would recognise; a mapping remembered under "puskesmas-a" names them.
    const QStringList header = {QStringLiteral("Peserta"), QStringLiteral("Kelamin Anak"), QStringLiteral("Lahir"), QStringLiteral("Kampung"),
                                QStringLiteral("Diukur"), QStringLiteral("Berat")};
    {
        auto opened = Workspace::open(workspace);
        REQUIRE(opened.ok());
        ColumnMapping mapping;
        for (int column = 0; column < header.size(); ++column)
            mapping.set(std::array{ImportField::Name, ImportField::Sex, ImportField::BirthDate, ImportField::Desa, ImportField::MeasuredOn,
                                   ImportField::Weight}[std::size_t(column)],
                        column);
        REQUIRE(ImportMappings(**opened).remember(QStringLiteral("puskesmas-a"), mapping, header));
    }
    const QString file = dir.filePath(QStringLiteral("odd.csv"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    // The columns in another order than remembered: the mapping follows the names.
    out.write("Berat,Peserta,Kelamin Anak,Lahir,Kampung,Diukur\n"
              "\"10,2\",Bunga Citra,P,12/03/2022,Sindangsari,15/09/2024\n"
              "\"9,0\",Tono,L,12/03/2022,Nowhere,15/09/2024\n");
    out.close();

    CliRun unknown = CliRun::run({QStringLiteral("import"), workspace, QStringLiteral("--group"), QStringLiteral("BADUTA"), QStringLiteral("--mapping"),
                                  QStringLiteral("other"), file});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("no column mapping named 'other' is remembered; known: puskesmas-a")));

    CliRun proposed = CliRun::run({QStringLiteral("import"), workspace, QStringLiteral("--group"), QStringLiteral("BADUTA"), file});
    CHECK(proposed.exitCode != 0);
    CHECK(proposed.err.contains(QStringLiteral("no column for: Name")));

    const QString rejected = dir.filePath(QStringLiteral("to-correct.csv"));
    CliRun stored = CliRun::run({QStringLiteral("import"), workspace, QStringLiteral("--group"), QStringLiteral("BADUTA"), QStringLiteral("--mapping"),
                                 QStringLiteral("puskesmas-a"), QStringLiteral("--skip-bad"), QStringLiteral("--rejected"), rejected, file});
    CHECK(stored.exitCode == 0);
    CHECK(stored.out.contains(QStringLiteral("Stored 1 new subjects and 1 measurements; 1 rows left out.")));
    QFile corrections(rejected);
    REQUIRE(corrections.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(corrections.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("Berat;Peserta;Kelamin Anak;Lahir;Kampung;Diukur;Line;Problems"));
    CHECK(lines[1].startsWith(QStringLiteral("9,0;Tono;L;12/03/2022;Nowhere;15/09/2024;3;")));
    CHECK(lines[1].contains(QStringLiteral("Nowhere")));
}

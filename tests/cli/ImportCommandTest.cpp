#include <catch2/catch.hpp>

#include "CliRunner.h"

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

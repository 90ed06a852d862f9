#include <catch2/catch.hpp>

#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>

namespace {
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
}

TEST_CASE("zscore reproduces WHO's values and keeps the input's columns", "[cli][zscore]")
{
    QTemporaryDir dir;
    const QString input = write(dir, QStringLiteral("in.csv"), "id,sex,age,weight,lenhei,measure,oedema,headc,armc\n"
                                                               "1,2,426,11.34,77.3,L,n,47.8,13.5\n"
                                                               "2,1,388,9.627,72.3,L,n,NA,14.8\n");
    CliRun run = CliRun::run({QStringLiteral("zscore"), input});
    REQUIRE(run.exitCode == 0);
    const QStringList out = lines(run.out);
    REQUIRE(out.size() == 3);
    CHECK(out[0] == QStringLiteral("id,sex,age,weight,lenhei,measure,oedema,headc,armc,clenhei,cmeasure,c9mo_flag,cbmi,csex,zlen,flen,"
                                   "zwei,fwei,zwfl,fwfl,zbmi,fbmi,zhc,fhc,zac,fac,zts,fts,zss,fss"));
    // WHO anthro 1.1.0 for these two children (reference rows 1 and 2).
    CHECK(out[1].startsWith(QStringLiteral("1,2,426,11.34,77.3,L,n,47.8,13.5,77.3,l,0,18.978158382271,2,0.34,0,1.51,0,1.83,0,1.81,0,1.74,0,-0.69,0,NA,NA,NA,NA")));
    CHECK(out[2].contains(QStringLiteral(",-1.79,0,-0.18,0,0.89,0,1.2,0,NA,NA,0.12,0,")));
    CHECK(run.err.isEmpty());
}

TEST_CASE("zscore reads semicolons, decimal commas and Indonesian measure words, and writes to a file", "[cli][zscore]")
{
    QTemporaryDir dir;
    const QString input = write(dir, QStringLiteral("in.csv"), "\xEF\xBB\xBFsex;age;weight;lenhei;measure\r\nP;426;11,34;77,3;terlentang\r\nL;1280;18,2;100;berdiri\r\n");
    const QString output = dir.filePath(QStringLiteral("out.csv"));
    CliRun run = CliRun::run({QStringLiteral("zscore"), input, QStringLiteral("-o"), output});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    QFile file(output);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList out = lines(QString::fromUtf8(file.readAll()));
    REQUIRE(out.size() == 3);
    CHECK(out[1].startsWith(QStringLiteral("P;426;11,34;77,3;terlentang;77,3;l;0;18,978158382271;2;0,34;0;1,51;0")));
    CHECK(out[2].contains(QStringLiteral(";100;h;0;")));
}

TEST_CASE("zscore reports unreadable rows by line and writes them with NA", "[cli][zscore]")
{
    QTemporaryDir dir;
    const QString input = write(dir, QStringLiteral("in.csv"), "sex,age,weight,lenhei,measure,oedema\n"
                                                               "1,400,abc,75,L,n\n"
                                                               "3,400,9,75,L,n\n"
                                                               "1,400,9,75,sitting,n\n"
                                                               "1,-5,9,75,L,n\n"
                                                               "1,400,9,75,L,maybe\n"
                                                               "1,400,9,75,L,n\n");
    CliRun run = CliRun::run({QStringLiteral("zscore"), input});
    CHECK(run.exitCode == 0);
    for (int line : {2, 3, 4, 5, 6})
        CHECK(run.err.contains(QStringLiteral("line %1:").arg(line)));
    CHECK_FALSE(run.err.contains(QStringLiteral("line 7:")));
    const QStringList out = lines(run.out);
    REQUIRE(out.size() == 7);
    CHECK(out[1].startsWith(QStringLiteral("1,400,abc,75,L,n,NA,NA,NA,NA,NA,NA")));
    CHECK(out[6].contains(QStringLiteral(",75,l,0,")));
}

TEST_CASE("zscore fails only when the file itself cannot be read", "[cli][zscore]")
{
    QTemporaryDir dir;
    CliRun missing = CliRun::run({QStringLiteral("zscore"), dir.filePath(QStringLiteral("none.csv"))});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains(QStringLiteral("cannot be read")));
    CliRun empty = CliRun::run({QStringLiteral("zscore"), write(dir, QStringLiteral("empty.csv"), "")});
    CHECK(empty.exitCode != 0);
    CHECK(empty.err.contains(QStringLiteral("empty")));
    CliRun wrong = CliRun::run({QStringLiteral("zscore"), write(dir, QStringLiteral("other.csv"), "nama,alamat\nSiti,Jl. Mawar\n")});
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.contains(QStringLiteral("No column named sex or age")));
    CliRun standard = CliRun::run({QStringLiteral("zscore"), QStringLiteral("--standard"), QStringLiteral("cdc"), write(dir, QStringLiteral("a.csv"), "sex,age\n1,3\n")});
    CHECK(standard.exitCode != 0);
}

TEST_CASE("zscore --standard who2007 scores school-age children and young brides", "[cli][zscore]")
{
    QTemporaryDir dir;
    const QString input = write(dir, QStringLiteral("in.csv"), "sex,age,height,weight,oedema\n2,200,150,40,n\n1,130,140,30,n\n1,50,100,15,n\n");
    CliRun run = CliRun::run({QStringLiteral("zscore"), QStringLiteral("--standard"), QStringLiteral("who2007"), input});
    REQUIRE(run.exitCode == 0);
    const QStringList out = lines(run.out);
    REQUIRE(out.size() == 4);
    CHECK(out[0] == QStringLiteral("sex,age,height,weight,oedema,cbmi,zhfa,fhfa,zwfa,fwfa,zbfa,fbfa"));
    const QStringList bride = out[1].split(QLatin1Char(','));
    CHECK(bride[6] != QStringLiteral("NA"));      // height-for-age at 200 months
    CHECK(bride[8] == QStringLiteral("NA"));      // weight-for-age stops at 120 months
    CHECK(bride[10] != QStringLiteral("NA"));     // BMI-for-age
    const QStringList boy = out[2].split(QLatin1Char(','));
    CHECK(boy[8] == QStringLiteral("NA"));        // 130 months: past weight-for-age
    CHECK(out[3].endsWith(QStringLiteral("NA,NA,NA,NA,NA,NA")));  // under 60 months: not this standard
}

TEST_CASE("zscore reports rows with too few or too many fields and keeps every row to the header's width", "[cli][zscore]")
{
    QTemporaryDir dir;
    const QString input = write(dir, QStringLiteral("in.csv"), "id,sex,age,weight,lenhei,measure\n"
                                                               "1,1,400,9,75,L\n"
                                                               "2,1,400,9\n"
                                                               "3,1,400,9,75,L,extra\n"
                                                               "4,1,400,9,75,L\n");
    CliRun run = CliRun::run({QStringLiteral("zscore"), input});
    CHECK(run.exitCode == 0);
    INFO(run.err.toStdString());
    CHECK(run.err.contains(QStringLiteral("line 3: 4 fields where the header has 6")));
    CHECK(run.err.contains(QStringLiteral("line 4: 7 fields where the header has 6")));
    CHECK_FALSE(run.err.contains(QStringLiteral("line 2:")));
    CHECK_FALSE(run.err.contains(QStringLiteral("line 5:")));
    const QStringList out = lines(run.out);
    REQUIRE(out.size() == 5);
    for (const QString &line : out)
        CHECK(line.count(QLatin1Char(',')) == 6 + 21 - 1);
    CHECK(out[2].startsWith(QStringLiteral("2,1,400,9,,,NA,NA,NA,NA,NA,NA")));
    CHECK(out[3].startsWith(QStringLiteral("3,1,400,9,75,L,NA,NA,NA")));
    CHECK(out[1].startsWith(QStringLiteral("1,1,400,9,75,L,75,l,0,")));
    CHECK(out[4].startsWith(QStringLiteral("4,1,400,9,75,L,75,l,0,")));
}

TEST_CASE("zscore keeps a quoted line break inside its field and counts lines after it", "[cli][zscore]")
{
    QTemporaryDir dir;
    const QString input = write(dir, QStringLiteral("in.csv"), "name,sex,age,weight,lenhei,measure\n"
                                                               "\"Siti\nAminah\",2,426,11.34,77.3,L\n"
                                                               "\"Budi, \"\"Ucok\"\"\",1,abc,9,75,L\n"
                                                               "Rina,2,426,11.34,77.3,L\n");
    CliRun run = CliRun::run({QStringLiteral("zscore"), input});
    CHECK(run.exitCode == 0);
    INFO(run.err.toStdString());
    CHECK(run.err.contains(QStringLiteral("line 4: age 'abc' is not a number")));
    CHECK_FALSE(run.err.contains(QStringLiteral("line 2:")));
    CHECK_FALSE(run.err.contains(QStringLiteral("line 3:")));
    CHECK_FALSE(run.err.contains(QStringLiteral("line 5:")));
    // The line break stays inside the quoted name; the same child as row 4 gets the same z-scores.
    CHECK(run.out.contains(QStringLiteral("\"Siti\nAminah\",2,426,11.34,77.3,L,77.3,l,0,18.978158382271,2,0.34,0,1.51,0")));
    CHECK(run.out.contains(QStringLiteral("\"Budi, \"\"Ucok\"\"\",1,abc,9,75,L,NA,NA")));
    CHECK(run.out.contains(QStringLiteral("\nRina,2,426,11.34,77.3,L,77.3,l,0,18.978158382271,2,0.34,0,1.51,0")));
}

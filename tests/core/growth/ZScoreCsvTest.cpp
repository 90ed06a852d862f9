#include <catch2/catch.hpp>

#include "growth/ZScoreCsv.h"

#include <QFile>
#include <QStringList>

TEST_CASE("A large file is scored in parts without changing order, values or line numbers", "[growth][zscore]")
{
    QByteArray input = "id,sex,age,weight,lenhei,measure\n";
    const int rows = 50000;  // more than 1 MB, so it is split between cores
    for (int i = 1; i <= rows; ++i) {
        if (i == 25000)
            input += "25000,1,400,heavy,75.0,L\n";
        else
            input += QByteArray::number(i) + "," + QByteArray::number(1 + i % 2) + "," + QByteArray::number(100 + i % 1500) + ",9.5,"
                   + QByteArray::number(60 + (i % 400) / 10.0) + ",L\n";
    }
    REQUIRE(input.size() > 1 << 20);
    auto outcome = ZScoreCsv::process(input, {});
    REQUIRE(outcome.ok());
    CHECK(outcome->rows == rows);
    REQUIRE(outcome->rowProblems.size() == 1);
    CHECK(outcome->rowProblems.first().startsWith(QStringLiteral("line 25001: weight 'heavy' is not a number")));
    const QStringList lines = QString::fromStdString(outcome->text()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == rows + 1);
    for (int i = 1; i <= rows; ++i) {
        if (!lines[i].startsWith(QString::number(i) + QLatin1Char(','))) {
            FAIL("row " << i << " is out of place: " << lines[i].toStdString());
        }
    }
    // The same row scored alone gives the same line.
    const QByteArray single = "id,sex,age,weight,lenhei,measure\n" + input.split('\n').at(31234) + "\n";
    auto alone = ZScoreCsv::process(single, {});
    CHECK(QString::fromStdString(alone->text()).split(QLatin1Char('\n')).at(1) == lines[31234]);
}

TEST_CASE("The batch path (CSV in, CSV out) reproduces WHO's reference set too", "[growth][zscore][who]")
{
    QFile file(QStringLiteral(TUNTAS_SHARED_DIR "/who/reference/dev_reference_zscores.csv"));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("The WHO reference set is absent: " << file.fileName().toStdString());
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    // The reference names the age column age_days; the CLI calls it age.
    QByteArray input = "sex,age,weight,lenhei,measure,oedema,headc,armc\n";
    const QList<int> inputColumns = {int(header.indexOf("sex")), int(header.indexOf("age_days")), int(header.indexOf("weight")),
                                     int(header.indexOf("lenhei")), int(header.indexOf("measure")), int(header.indexOf("oedema")),
                                     int(header.indexOf("headc")), int(header.indexOf("armc"))};
    QList<QList<QByteArray>> rows;
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].trimmed().split(',');
        if (fields.size() != header.size())
            continue;
        rows.append(fields);
        QList<QByteArray> values;
        for (int column : inputColumns)
            values.append(fields[column]);
        input += values.join(',') + '\n';
    }
    auto outcome = ZScoreCsv::process(input, {});
    REQUIRE(outcome.ok());
    CHECK(outcome->rowProblems.isEmpty());
    const QList<QByteArray> out = QByteArray::fromStdString(outcome->text()).split('\n');
    const QList<QByteArray> outHeader = out.first().split(',');
    int mismatches = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const QList<QByteArray> produced = out[r + 1].split(',');
        for (const char *name : {"zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi", "zhc", "fhc", "zac", "fac", "csex", "c9mo_flag"}) {
            const QByteArray expected = rows[r][int(header.indexOf(name))];
            const QByteArray actual = produced[int(outHeader.indexOf(name))];
            const bool same = expected == actual || (expected != "NA" && actual != "NA" && expected.toDouble() == actual.toDouble());
            mismatches += same ? 0 : 1;
        }
    }
    CHECK(rows.size() == 5000);
    CHECK(mismatches == 0);
}

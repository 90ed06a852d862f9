#include <catch2/catch.hpp>

#include "growth/ZScoreCsv.h"

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

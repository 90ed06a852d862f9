#include <catch2/catch.hpp>

#include "growth/ChildZScores.h"

#include <QFile>
#include <QStringList>
#include <cmath>

// Every row of WHO anthro 1.1.0's output for 5,000 children (../shared/who/reference) must come out
// the same: rounded z-scores exactly, raw z-scores to 1e-9, flags and derived columns.
namespace {
const QString ReferencePath = QStringLiteral(TUNTAS_SHARED_DIR "/who/reference/dev_reference_zscores.csv");

double number(const QString &text)
{
    return text == QLatin1String("NA") ? ChildInput::Missing : text.toDouble();
}

bool sameRounded(double expected, double actual)
{
    return (std::isnan(expected) && std::isnan(actual)) || expected == actual;
}

bool sameRaw(double expected, double actual)
{
    return (std::isnan(expected) && std::isnan(actual)) || std::fabs(expected - actual) <= 1e-9;
}

int flagValue(const QString &text)
{
    return text == QLatin1String("NA") ? -1 : text.toInt();
}
}

TEST_CASE("WHO's reference z-scores are reproduced row by row", "[growth][who]")
{
    QFile file(ReferencePath);
    if (!file.exists())
        FAIL("The WHO reference set is absent: expected " << ReferencePath.toStdString()
                                                         << " (../shared/who/reference beside the project).");
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
    auto column = [&](const char *name) {
        const int index = int(header.indexOf(QLatin1String(name)));
        REQUIRE(index >= 0);
        return index;
    };
    const int sex = column("sex"), age = column("age_days"), weight = column("weight"), lenhei = column("lenhei"),
              measure = column("measure"), oedema = column("oedema"), headc = column("headc"), armc = column("armc"),
              clenhei = column("clenhei"), cmeasure = column("cmeasure"), c9mo = column("c9mo_flag"), cbmi = column("cbmi"),
              csex = column("csex");
    struct Checked {
        ChildIndex index;
        int z, flag, raw;
    };
    const Checked indices[] = {{ChildIndex::LengthForAge, column("zlen"), column("flen"), column("zlen_raw")},
                               {ChildIndex::WeightForAge, column("zwei"), column("fwei"), column("zwei_raw")},
                               {ChildIndex::WeightForLength, column("zwfl"), column("fwfl"), column("zwfl_raw")},
                               {ChildIndex::BmiForAge, column("zbmi"), column("fbmi"), column("zbmi_raw")},
                               {ChildIndex::HeadForAge, column("zhc"), column("fhc"), column("zhc_raw")},
                               {ChildIndex::ArmForAge, column("zac"), column("fac"), column("zac_raw")}};

    int rows = 0;
    int mismatches = 0;
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        if (f.size() != header.size())
            continue;
        ++rows;
        ChildInput input;
        input.sex = f[sex] == QLatin1String("NA") ? 0 : f[sex].toInt();
        input.age = number(f[age]);
        input.weight = number(f[weight]);
        input.lenhei = number(f[lenhei]);
        input.measure = f[measure] == QLatin1String("NA") ? 0 : f[measure].toLower().at(0).toLatin1();
        input.oedema = f[oedema] == QLatin1String("y");
        input.headc = number(f[headc]);
        input.armc = number(f[armc]);
        const ChildResult r = ChildZScores::compute(input);

        bool same = sameRaw(number(f[clenhei]), r.clenhei) && sameRaw(number(f[cbmi]), r.cbmi)
                 && (f[cmeasure] == QLatin1String("NA") ? r.cmeasure == 0 : f[cmeasure].toLower().at(0).toLatin1() == r.cmeasure)
                 && f[c9mo].toInt() == r.c9moFlag && (f[csex] == QLatin1String("NA") ? r.csex == 0 : f[csex].toInt() == r.csex);
        for (const Checked &c : indices) {
            const IndexResult &result = r[c.index];
            same = same && sameRounded(number(f[c.z]), result.z) && sameRaw(number(f[c.raw]), result.raw)
                && flagValue(f[c.flag]) == result.flag;
        }
        if (!same) {
            ++mismatches;
            if (mismatches <= 5)
                WARN("row " << f[0].toStdString() << " differs from WHO's output");
        }
    }
    CHECK(rows == 5000);
    CHECK(mismatches == 0);
}

#include <catch2/catch.hpp>

#include "growth/ChildZScores.h"
#include "growth/GrowthTables.h"
#include "growth/LmsFormula.h"

#include <cmath>

namespace {
ChildInput boy(double ageDays, double weight = 10, double lenhei = 75, char measure = 'l')
{
    ChildInput in;
    in.sex = 1;
    in.age = ageDays;
    in.weight = weight;
    in.lenhei = lenhei;
    in.measure = measure;
    return in;
}

bool missing(const IndexResult &r)
{
    return std::isnan(r.z) && r.flag == -1;
}

// The weight whose raw z is exactly `z` on the plain LMS curve (for |z| <= 3).
double weightAtZ(const Lms &p, double z)
{
    return p.m * std::pow(1 + p.l * p.s * z, 1 / p.l);
}
}

TEST_CASE("Age is rounded half up to whole days, months stay unrounded", "[growth][rules]")
{
    CHECK(ChildZScores::compute(boy(730.49)).ageDays == 730);
    CHECK(ChildZScores::compute(boy(730.5)).ageDays == 731);
    CHECK(ChildZScores::compute(boy(0)).ageDays == 0);
    CHECK(ChildZScores::compute(boy(426)).ageMonths == Approx(426 / 30.4375));
    ChildInput months = boy(12);
    months.ageInMonths = true;
    CHECK(ChildZScores::compute(months).ageDays == 365);  // 12 * 30.4375 = 365.25
}

TEST_CASE("Length and height are converted by 0.7 cm when the position does not match the age", "[growth][rules]")
{
    CHECK(ChildZScores::compute(boy(730, 10, 80, 'h')).clenhei == Approx(80.7));
    CHECK(ChildZScores::compute(boy(730, 10, 80, 'l')).clenhei == 80);
    CHECK(ChildZScores::compute(boy(731, 10, 80, 'l')).clenhei == Approx(79.3));
    CHECK(ChildZScores::compute(boy(731, 10, 80, 'h')).clenhei == 80);
    CHECK(ChildZScores::compute(boy(731, 10, 80, 0)).clenhei == 80);
    CHECK(std::isnan(ChildZScores::compute(boy(ChildInput::Missing, 10, 80, 'l')).ageDays));
    CHECK(ChildZScores::compute(boy(ChildInput::Missing, 10, 80, 'l')).clenhei == 80);
}

TEST_CASE("Standing height before 9 months is set aside and not adjusted", "[growth][rules]")
{
    const double nineMonths = 9 * 30.4375;  // 273.9375 days
    const ChildResult before = ChildZScores::compute(boy(nineMonths - 0.01, 8, 70, 'h'));
    CHECK(before.c9moFlag == 1);
    CHECK(before.cmeasure == 0);
    CHECK(before.clenhei == 70);
    const ChildResult after = ChildZScores::compute(boy(nineMonths, 8, 70, 'h'));
    CHECK(after.c9moFlag == 0);
    CHECK(after.cmeasure == 'h');
    CHECK(after.clenhei == Approx(70.7));
}

TEST_CASE("Z-scores stop before 60 months", "[growth][rules]")
{
    CHECK_FALSE(missing(ChildZScores::compute(boy(1826, 18, 110, 'h'))[ChildIndex::LengthForAge]));
    CHECK_FALSE(missing(ChildZScores::compute(boy(1826.24, 18, 110, 'h'))[ChildIndex::LengthForAge]));
    CHECK(missing(ChildZScores::compute(boy(1826.25, 18, 110, 'h'))[ChildIndex::LengthForAge]));
    CHECK(missing(ChildZScores::compute(boy(1856, 18, 110, 'h'))[ChildIndex::WeightForAge]));
    CHECK(missing(ChildZScores::compute(boy(1826.25, 18, 110, 'h'))[ChildIndex::WeightForLength]));
}

TEST_CASE("Arm circumference and skinfolds start at 91 days", "[growth][rules]")
{
    ChildInput in = boy(90);
    in.armc = 13;
    in.triskin = 9;
    CHECK(missing(ChildZScores::compute(in)[ChildIndex::ArmForAge]));
    CHECK(missing(ChildZScores::compute(in)[ChildIndex::TricepsForAge]));
    in.age = 91;
    CHECK_FALSE(missing(ChildZScores::compute(in)[ChildIndex::ArmForAge]));
    CHECK_FALSE(missing(ChildZScores::compute(in)[ChildIndex::TricepsForAge]));
}

TEST_CASE("Oedema removes the weight-based z-scores only", "[growth][rules]")
{
    ChildInput in = boy(400, 9, 75);
    in.headc = 46;
    in.armc = 14;
    in.oedema = true;
    const ChildResult r = ChildZScores::compute(in);
    CHECK(missing(r[ChildIndex::WeightForAge]));
    CHECK(missing(r[ChildIndex::BmiForAge]));
    CHECK(missing(r[ChildIndex::WeightForLength]));
    CHECK_FALSE(missing(r[ChildIndex::LengthForAge]));
    CHECK_FALSE(missing(r[ChildIndex::HeadForAge]));
    CHECK_FALSE(missing(r[ChildIndex::ArmForAge]));
}

TEST_CASE("Weight-for-length and weight-for-height have inclusive length limits", "[growth][rules]")
{
    auto wfl = [](double age, double length) { return ChildZScores::compute(boy(age, 8, length, 'l'))[ChildIndex::WeightForLength]; };
    CHECK(missing(wfl(300, 44.9)));
    CHECK_FALSE(missing(wfl(300, 45)));
    CHECK_FALSE(missing(wfl(300, 110)));
    CHECK(missing(wfl(300, 110.1)));
    auto wfh = [](double length) { return ChildZScores::compute(boy(800, 12, length, 'h'))[ChildIndex::WeightForLength]; };
    CHECK(missing(wfh(64.9)));
    CHECK_FALSE(missing(wfh(65)));
    CHECK_FALSE(missing(wfh(120)));
    CHECK(missing(wfh(120.1)));
    // Without an age the table follows the measure, or 87 cm when that is missing too.
    CHECK(ChildZScores::compute(boy(ChildInput::Missing, 12, 90, 'l'))[ChildIndex::WeightForLength].lengthTable);
    CHECK_FALSE(ChildZScores::compute(boy(ChildInput::Missing, 12, 86, 'h'))[ChildIndex::WeightForLength].lengthTable);
    CHECK(ChildZScores::compute(boy(ChildInput::Missing, 12, 86.9, 0))[ChildIndex::WeightForLength].lengthTable);
    CHECK_FALSE(ChildZScores::compute(boy(ChildInput::Missing, 12, 87, 0))[ChildIndex::WeightForLength].lengthTable);
    CHECK_FALSE(missing(ChildZScores::compute(boy(ChildInput::Missing, 12, 87, 0))[ChildIndex::WeightForLength]));
}

TEST_CASE("Weight-for-length interpolates L, M and S between 0.1 cm rows", "[growth][rules]")
{
    const Lms low = GrowthTables::weightForLength().at(1, 750);
    const Lms high = GrowthTables::weightForLength().at(1, 751);
    const IndexResult mid = ChildZScores::compute(boy(300, 9, 75.05, 'l'))[ChildIndex::WeightForLength];
    CHECK(mid.lms.m == Approx((low.m + high.m) / 2).epsilon(1e-9));
    CHECK(mid.lms.l == Approx((low.l + high.l) / 2).epsilon(1e-9));
    const IndexResult onRow = ChildZScores::compute(boy(300, 9, 75.0, 'l'))[ChildIndex::WeightForLength];
    CHECK(onRow.lms.m == low.m);
}

TEST_CASE("Beyond 3 SD the weight-based indices use the restricted formula", "[growth][rules]")
{
    const Lms p = GrowthTables::weightForAge().at(1, 365);
    const double sd3 = weightAtZ(p, 3);
    const double sd2 = weightAtZ(p, 2);
    const double heavy = sd3 + 0.5 * (sd3 - sd2);  // half a 2-to-3 SD gap above +3
    const IndexResult r = ChildZScores::compute(boy(365, heavy))[ChildIndex::WeightForAge];
    CHECK(r.raw == Approx(3.5).epsilon(1e-12));
    CHECK(r.branch == LmsFormula::Branch::AboveThree);
    CHECK(LmsFormula::plain(heavy, p) != Approx(3.5));
    const double sdMinus3 = weightAtZ(p, -3);
    const double sdMinus2 = weightAtZ(p, -2);
    const IndexResult light = ChildZScores::compute(boy(365, sdMinus3 - (sdMinus2 - sdMinus3)))[ChildIndex::WeightForAge];
    CHECK(light.raw == Approx(-4).epsilon(1e-12));
    CHECK(light.branch == LmsFormula::Branch::BelowMinusThree);
}

TEST_CASE("Flags apply to the rounded z-score at each index's thresholds", "[growth][rules]")
{
    const Lms len = GrowthTables::lengthForAge().at(1, 365);
    auto zlen = [&](double z) { return ChildZScores::compute(boy(365, 10, len.m * (1 + len.s * z), 'l'))[ChildIndex::LengthForAge]; };
    CHECK(zlen(6.004).z == 6.0);
    CHECK(zlen(6.004).flag == 0);
    CHECK(zlen(6.006).z == 6.01);
    CHECK(zlen(6.006).flag == 1);
    CHECK(zlen(-6.006).flag == 1);
    CHECK(zlen(-5.99).flag == 0);

    const Lms hc = GrowthTables::headForAge().at(1, 365);
    ChildInput in = boy(365);
    in.headc = hc.m * (1 + hc.s * 5.006);
    CHECK(ChildZScores::compute(in)[ChildIndex::HeadForAge].flag == 1);
    in.headc = hc.m * (1 + hc.s * 5.004);
    CHECK(ChildZScores::compute(in)[ChildIndex::HeadForAge].flag == 0);

    // Weight-for-age: below -6 or above 5.
    const Lms wei = GrowthTables::weightForAge().at(1, 365);
    auto zwei = [&](double z) {
        const double sd3 = weightAtZ(wei, 3), sd2 = weightAtZ(wei, 2);
        const double sdm3 = weightAtZ(wei, -3), sdm2 = weightAtZ(wei, -2);
        const double w = z > 0 ? sd3 + (z - 3) * (sd3 - sd2) : sdm3 + (z + 3) * (sdm2 - sdm3);
        return ChildZScores::compute(boy(365, w))[ChildIndex::WeightForAge];
    };
    CHECK(zwei(5.004).flag == 0);
    CHECK(zwei(5.006).flag == 1);
    CHECK(zwei(-5.5).flag == 0);
    CHECK(zwei(-6.006).flag == 1);
}

TEST_CASE("Missing and degenerate values give missing z-scores, never a crash", "[growth][rules]")
{
    ChildInput none;
    const ChildResult empty = ChildZScores::compute(none);
    for (const IndexResult &r : empty.index)
        CHECK(missing(r));
    CHECK(empty.csex == 0);

    const ChildResult noSex = ChildZScores::compute([] { ChildInput in = boy(300); in.sex = 0; return in; }());
    CHECK(missing(noSex[ChildIndex::LengthForAge]));

    CHECK(missing(ChildZScores::compute(boy(300, 0, 70))[ChildIndex::WeightForAge]));
    CHECK(missing(ChildZScores::compute(boy(300, -1, 70))[ChildIndex::WeightForAge]));
    CHECK(missing(ChildZScores::compute(boy(300, 8, 0))[ChildIndex::LengthForAge]));
    const ChildResult zeroLength = ChildZScores::compute(boy(300, 8, 0));
    CHECK(std::isinf(zeroLength.cbmi));
    CHECK(zeroLength[ChildIndex::BmiForAge].flag == 1);
    // Weight 0 on the length table: a large negative, flagged z (WHO keeps it).
    const IndexResult zeroWeight = ChildZScores::compute(boy(300, 0, 70))[ChildIndex::WeightForLength];
    CHECK(zeroWeight.z < -10);
    CHECK(zeroWeight.flag == 1);
    CHECK(missing(ChildZScores::compute(boy(300, -2, 70))[ChildIndex::WeightForLength]));
}

TEST_CASE("Rounding to 2 decimals follows R, also at near-ties", "[growth][rules]")
{
    CHECK(LmsFormula::round2(1.005) == 1.0);   // 1.005 is 1.00499999999999989... in binary
    CHECK(LmsFormula::round2(-1.005) == -1.0);
    CHECK(LmsFormula::round2(2.675) == 2.67);
    CHECK(LmsFormula::round2(0.125) == 0.12);  // an exact binary tie rounds to even, as R does
    CHECK(LmsFormula::round2(1.2345) == 1.23);
    CHECK(LmsFormula::round2(-2.3456) == -2.35);
    CHECK(std::isinf(LmsFormula::round2(INFINITY)));
}

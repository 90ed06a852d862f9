#include <catch2/catch.hpp>

#include "growth/ChildZScores.h"
#include "growth/GrowthTables.h"
#include "growth/LmsFormula.h"
#include "growth/Who2007ZScores.h"

#include <cmath>

namespace {
constexpr int Boy = 1;
constexpr int AgeDays = 365;

// The value whose raw z is exactly `z`: the plain LMS curve within ±3 SD, and beyond it the
// restricted formula's units of the 2-to-3 SD gap (ALGORITHM.md section 5).
double valueAtZ(const Lms &p, double z, bool restricted)
{
    if (!restricted || std::fabs(z) <= 3)
        return LmsFormula::sdLine(p, z);
    if (z > 3)
        return LmsFormula::sdLine(p, 3) + (z - 3) * (LmsFormula::sdLine(p, 3) - LmsFormula::sdLine(p, 2));
    return LmsFormula::sdLine(p, -3) + (z + 3) * (LmsFormula::sdLine(p, -2) - LmsFormula::sdLine(p, -3));
}

ChildInput boy()
{
    ChildInput in;
    in.sex = Boy;
    in.age = AgeDays;
    in.weight = 9.6;
    in.lenhei = 75.0;
    in.measure = 'l';
    return in;
}

// The flag of one index for a child whose value sits at raw z `z`, set by `place`.
template <typename Place>
int childFlag(ChildIndex index, double z, Place place)
{
    ChildInput in = boy();
    place(in, z);
    const IndexResult r = ChildZScores::compute(in)[index];
    REQUIRE_FALSE(std::isnan(r.z));
    CHECK(r.raw == Approx(z).epsilon(1e-9));
    return r.flag;
}

// Just inside and just outside both limits: a raw 5.004 rounds to 5.00 (not flagged), 5.006 to
// 5.01 (flagged); the flag is decided on the rounded value.
template <typename Flag>
void checkLimits(double low, double high, Flag flag)
{
    CHECK(flag(high + 0.004) == 0);
    CHECK(flag(high + 0.006) == 1);
    CHECK(flag(low - 0.004) == 0);
    CHECK(flag(low - 0.006) == 1);
    CHECK(flag(high - 0.5) == 0);
    CHECK(flag(low + 0.5) == 0);
}
}

TEST_CASE("fwfl, fbmi, fac, fts and fss flag |z| > 5 on the rounded z", "[growth][rules][flags]")
{
    SECTION("weight-for-length")
    {
        const Lms p = GrowthTables::weightForLength().at(Boy, 750);  // 75.0 cm
        checkLimits(-5, 5, [&](double z) {
            return childFlag(ChildIndex::WeightForLength, z, [&](ChildInput &in, double v) { in.weight = valueAtZ(p, v, true); });
        });
    }
    SECTION("BMI-for-age")
    {
        const Lms p = GrowthTables::bmiForAge().at(Boy, AgeDays);
        checkLimits(-5, 5, [&](double z) {
            return childFlag(ChildIndex::BmiForAge, z, [&](ChildInput &in, double v) { in.weight = valueAtZ(p, v, true) * 0.75 * 0.75; });
        });
    }
    SECTION("arm circumference-for-age")
    {
        const Lms p = GrowthTables::armForAge().at(Boy, AgeDays);
        checkLimits(-5, 5, [&](double z) {
            return childFlag(ChildIndex::ArmForAge, z, [&](ChildInput &in, double v) { in.armc = valueAtZ(p, v, true); });
        });
    }
    SECTION("triceps skinfold-for-age")
    {
        const Lms p = GrowthTables::tricepsForAge().at(Boy, AgeDays);
        checkLimits(-5, 5, [&](double z) {
            return childFlag(ChildIndex::TricepsForAge, z, [&](ChildInput &in, double v) { in.triskin = valueAtZ(p, v, true); });
        });
    }
    SECTION("subscapular skinfold-for-age")
    {
        const Lms p = GrowthTables::subscapularForAge().at(Boy, AgeDays);
        checkLimits(-5, 5, [&](double z) {
            return childFlag(ChildIndex::SubscapularForAge, z, [&](ChildInput &in, double v) { in.subskin = valueAtZ(p, v, true); });
        });
    }
}

TEST_CASE("WHO 2007 flags: fhfa |z| > 6, fwfa z < -6 or z > 5, fbfa |z| > 5", "[growth][who2007][flags]")
{
    constexpr int Month = 120;  // a whole month: no interpolation
    auto flag = [](const IndexResult &r, double z) {
        REQUIRE_FALSE(std::isnan(r.z));
        CHECK(r.raw == Approx(z).epsilon(1e-9));
        return r.flag;
    };
    auto input = [](double height, double weight) {
        Who2007Input in;
        in.sex = Boy;
        in.ageMonths = Month;
        in.height = height;
        in.weight = weight;
        return in;
    };
    SECTION("height-for-age")
    {
        const Lms p = GrowthTables::heightForAge2007().at(Boy, Month);
        checkLimits(-6, 6, [&](double z) { return flag(Who2007ZScores::compute(input(valueAtZ(p, z, false), 30)).heightForAge, z); });
    }
    SECTION("weight-for-age")
    {
        const Lms p = GrowthTables::weightForAge2007().at(Boy, Month);
        checkLimits(-6, 5, [&](double z) { return flag(Who2007ZScores::compute(input(140, valueAtZ(p, z, true))).weightForAge, z); });
    }
    SECTION("BMI-for-age")
    {
        const Lms p = GrowthTables::bmiForAge2007().at(Boy, Month);
        checkLimits(-5, 5, [&](double z) { return flag(Who2007ZScores::compute(input(140, valueAtZ(p, z, true) * 1.4 * 1.4)).bmiForAge, z); });
    }
}

TEST_CASE("A WHO 2007 z-score equals the LMS formula worked by hand", "[growth][who2007]")
{
    // Boy, 120.5 months, 140 cm, 39.2 kg: BMI = 39.2 / 1.4^2 = 20.0.
    // bfawho2007.txt, sex 1: month 120  L -1.7407  M 16.4433  S 0.10566
    //                        month 121  L -1.7468  M 16.4807  S 0.10609
    // Halfway (diff = 0.5): L = -1.74375, M = 16.4620, S = 0.105875.
    // z = ((20 / 16.462)^-1.74375 - 1) / (0.105875 * -1.74375)
    //   = (1.2149192^-1.74375 - 1) / -0.18462  = (0.7121484 - 1) / -0.18462 = 1.5591614  ->  1.56
    Who2007Input boy;
    boy.sex = 1;
    boy.ageMonths = 120.5;
    boy.height = 140;
    boy.weight = 39.2;
    const Who2007Result r = Who2007ZScores::compute(boy);
    CHECK(r.bmiForAge.raw == Approx(1.5591614012862427).epsilon(1e-9));
    CHECK(r.bmiForAge.z == 1.56);
    CHECK(r.bmiForAge.flag == 0);

    // Girl, 180 months, 150 cm. hfawho2007.txt, sex 2, month 180: L 1, M 161.6692, S 0.04255.
    // z = (150 / 161.6692 - 1) / 0.04255 = (0.9278206 - 1) / 0.04255 = -1.6963452  ->  -1.70
    Who2007Input girl;
    girl.sex = 2;
    girl.ageMonths = 180;
    girl.height = 150;
    const Who2007Result g = Who2007ZScores::compute(girl);
    CHECK(g.heightForAge.raw == Approx(-1.6963451820608855).epsilon(1e-9));
    CHECK(g.heightForAge.z == -1.70);
}

#include "growth/Who2007ZScores.h"

#include "growth/GrowthTables.h"

#include <cmath>

namespace {
// L, M and S interpolated linearly between the whole months around the age.
Lms interpolated(const LmsTable &table, int sex, double ageMonths)
{
    const double lower = std::trunc(ageMonths);
    const double diff = ageMonths - lower;
    Lms lms = table.at(sex, long(lower));
    if (diff > 0) {
        const Lms upper = table.at(sex, long(std::trunc(ageMonths + 1)));
        if (!lms.valid || !upper.valid)
            return {};
        lms.l += diff * (upper.l - lms.l);
        lms.m += diff * (upper.m - lms.m);
        lms.s += diff * (upper.s - lms.s);
    }
    return lms;
}

void score(IndexResult &out, const LmsTable &table, const Who2007Input &input, double y, bool restricted, double maxAge,
           bool weightBased, double flagLow, double flagHigh)
{
    if (!(y > 0) || std::isnan(input.ageMonths) || input.ageMonths < 60 || input.ageMonths > maxAge || (weightBased && input.oedema))
        return;
    out.measurement = y;
    out.lms = interpolated(table, input.sex, input.ageMonths);
    if (!out.lms.valid)
        return;
    out.branch = LmsFormula::Branch::Plain;
    out.raw = restricted ? LmsFormula::restricted(y, out.lms, &out.branch) : LmsFormula::plain(y, out.lms);
    if (std::isnan(out.raw))
        return;
    out.z = LmsFormula::round2(out.raw);
    out.flag = (out.z < flagLow || out.z > flagHigh) ? 1 : 0;
}
}

Who2007Result Who2007ZScores::compute(const Who2007Input &input)
{
    Who2007Result result;
    const double q = input.height / 100.0;
    result.cbmi = input.weight / (q * q);
    score(result.heightForAge, GrowthTables::heightForAge2007(), input, input.height, false, 228, false, -6, 6);
    score(result.weightForAge, GrowthTables::weightForAge2007(), input, input.weight, true, 120, true, -6, 5);
    score(result.bmiForAge, GrowthTables::bmiForAge2007(), input, result.cbmi, true, 228, true, -5, 5);
    return result;
}

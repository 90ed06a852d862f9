#include "growth/ChildZScores.h"

#include "growth/GrowthTables.h"

#include <cmath>

namespace {
constexpr double DaysPerMonth = 30.4375;
constexpr double NaN = ChildInput::Missing;

struct AgeIndexRule {
    ChildIndex index;
    const LmsTable &(*table)();
    bool restricted;
    int firstDay;
    bool weightBased;  // missing under oedema
    double flagLow;
    double flagHigh;
};

const AgeIndexRule AgeRules[] = {
    {ChildIndex::LengthForAge, &GrowthTables::lengthForAge, false, 0, false, -6, 6},
    {ChildIndex::WeightForAge, &GrowthTables::weightForAge, true, 0, true, -6, 5},
    {ChildIndex::BmiForAge, &GrowthTables::bmiForAge, true, 0, true, -5, 5},
    {ChildIndex::HeadForAge, &GrowthTables::headForAge, false, 0, false, -5, 5},
    {ChildIndex::ArmForAge, &GrowthTables::armForAge, true, 91, false, -5, 5},
    {ChildIndex::TricepsForAge, &GrowthTables::tricepsForAge, true, 91, false, -5, 5},
    {ChildIndex::SubscapularForAge, &GrowthTables::subscapularForAge, true, 91, false, -5, 5},
};

int flagFor(double z, double low, double high)
{
    if (std::isnan(z))
        return -1;
    return (z < low || z > high) ? 1 : 0;
}

double roundHalfUp(double x)
{
    const double whole = std::floor(x);
    return x - whole >= 0.5 ? whole + 1 : whole;
}

void ageBased(const AgeIndexRule &rule, double y, const ChildInput &input, ChildResult &result)
{
    IndexResult &out = result.index[int(rule.index)];
    if (!(y > 0) || std::isnan(result.ageDays))
        return;  // measurement <= 0 or missing, or no age
    out.measurement = y;
    out.lms = rule.table().at(result.csex, long(result.ageDays));
    if (!out.lms.valid)
        return;
    if (rule.restricted) {
        out.raw = LmsFormula::restricted(y, out.lms, &out.branch);
    } else {
        out.raw = LmsFormula::plain(y, out.lms);
        out.branch = LmsFormula::Branch::Plain;
    }
    const bool valid = result.ageDays >= rule.firstDay && result.ageDays <= 1856 && result.ageMonths < 60
                    && !(rule.weightBased && input.oedema);
    if (!valid) {
        out.raw = NaN;
        return;
    }
    if (std::isnan(out.raw))
        return;
    out.z = LmsFormula::round2(out.raw);
    out.flag = flagFor(out.z, rule.flagLow, rule.flagHigh);
}

void weightForLength(const ChildInput &input, ChildResult &result)
{
    IndexResult &out = result.index[int(ChildIndex::WeightForLength)];
    const double h = result.clenhei;
    if (std::isnan(h))
        return;
    const bool ageKnown = !std::isnan(result.ageDays);
    bool lengthTable;
    if (ageKnown)
        lengthTable = result.ageDays < 731;
    else if (result.cmeasure != 0)
        lengthTable = result.cmeasure == 'l';
    else
        lengthTable = h < 87;
    out.lengthTable = lengthTable;
    const LmsTable &table = lengthTable ? GrowthTables::weightForLength() : GrowthTables::weightForHeight();

    const double lowKey = std::trunc(h * 10);
    const double upperKey = std::trunc(h * 10 + 1);
    const double low = lowKey / 10.0;
    const double diff = (h - low) / 0.1;
    const Lms below = table.at(result.csex, long(lowKey));
    Lms lms = below;
    if (diff > 0) {
        const Lms above = table.at(result.csex, long(upperKey));
        if (!below.valid || !above.valid)
            return;
        lms.l = below.l + diff * (above.l - below.l);
        lms.m = below.m + diff * (above.m - below.m);
        lms.s = below.s + diff * (above.s - below.s);
    }
    if (!lms.valid)
        return;
    const bool inRange = lengthTable ? (h >= 45 && h <= 110) : (h >= 65 && h <= 120);
    const bool valid = inRange && !input.oedema && (!ageKnown || (result.ageDays <= 1856 && result.ageMonths < 60));
    out.lms = lms;
    out.measurement = input.weight;
    if (!valid || std::isnan(input.weight))
        return;
    out.raw = LmsFormula::restricted(input.weight, lms, &out.branch);
    if (std::isnan(out.raw))
        return;
    out.z = LmsFormula::round2(out.raw);
    out.flag = flagFor(out.z, -5, 5);
}
}

ChildResult ChildZScores::compute(const ChildInput &input)
{
    ChildResult result;
    result.csex = (input.sex == 1 || input.sex == 2) ? input.sex : 0;
    if (!std::isnan(input.age)) {
        const double days = input.ageInMonths ? input.age * DaysPerMonth : input.age;
        result.ageMonths = input.ageInMonths ? input.age : input.age / DaysPerMonth;
        result.ageDays = roundHalfUp(days);
    }

    result.cmeasure = input.measure;
    if (input.measure == 'h' && !std::isnan(result.ageMonths) && result.ageMonths < 9) {
        result.cmeasure = 0;
        result.c9moFlag = 1;
    }
    result.clenhei = input.lenhei;
    if (!std::isnan(result.ageDays) && !std::isnan(input.lenhei)) {
        if (result.ageDays < 731 && result.cmeasure == 'h')
            result.clenhei = input.lenhei + 0.7;
        else if (result.ageDays >= 731 && result.cmeasure == 'l')
            result.clenhei = input.lenhei - 0.7;
    }
    const double q = result.clenhei / 100.0;
    result.cbmi = input.weight / (q * q);

    const double measurements[] = {result.clenhei, input.weight, result.cbmi, input.headc, input.armc, input.triskin, input.subskin};
    for (std::size_t i = 0; i < std::size(AgeRules); ++i)
        ageBased(AgeRules[i], measurements[i], input, result);
    weightForLength(input, result);
    return result;
}

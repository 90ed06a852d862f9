#include "documents/GrowthCurve.h"

#include "growth/GrowthTables.h"

#include <cmath>
#include <limits>

namespace {

const LmsTable &table(GrowthCurve::Kind kind)
{
    switch (kind) {
    case GrowthCurve::Kind::LengthForAge: return GrowthTables::lengthForAge();
    case GrowthCurve::Kind::WeightForAge: return GrowthTables::weightForAge();
    case GrowthCurve::Kind::WeightForLength: return GrowthTables::weightForLength();
    case GrowthCurve::Kind::WeightForHeight: return GrowthTables::weightForHeight();
    }
    return GrowthTables::lengthForAge();
}

bool byAge(GrowthCurve::Kind kind)
{
    return kind == GrowthCurve::Kind::LengthForAge || kind == GrowthCurve::Kind::WeightForAge;
}

}  // namespace

double GrowthCurve::value(Kind kind, Sex sex, double x, double z)
{
    const LmsTable &lms = table(kind);
    // Ages are keyed by whole days, lengths by tenths of a centimetre.
    const long key = byAge(kind) ? std::lround(x * DaysPerMonth) : std::lround(x * lms.keyScale());
    const Lms p = lms.at(sex == Sex::Male ? 1 : 2, key);
    if (!p.valid)
        return std::numeric_limits<double>::quiet_NaN();
    if (p.l == 0)
        return p.m * std::exp(p.s * z);
    const double base = 1.0 + p.l * p.s * z;
    if (base <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return p.m * std::pow(base, 1.0 / p.l);
}

double GrowthCurve::firstX(Kind kind)
{
    switch (kind) {
    case Kind::LengthForAge:
    case Kind::WeightForAge: return 0;
    case Kind::WeightForLength: return 45;
    case Kind::WeightForHeight: return 65;
    }
    return 0;
}

double GrowthCurve::lastX(Kind kind)
{
    switch (kind) {
    case Kind::LengthForAge:
    case Kind::WeightForAge: return 60;
    case Kind::WeightForLength: return 110;
    case Kind::WeightForHeight: return 120;
    }
    return 0;
}

QString GrowthCurve::xTitle(Kind kind)
{
    switch (kind) {
    case Kind::LengthForAge:
    case Kind::WeightForAge: return tr("Age (months)");
    case Kind::WeightForLength: return tr("Length (cm)");
    case Kind::WeightForHeight: return tr("Height (cm)");
    }
    return {};
}

QString GrowthCurve::yTitle(Kind kind)
{
    return kind == Kind::LengthForAge ? tr("Length/height (cm)") : tr("Weight (kg)");
}

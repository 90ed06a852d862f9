#pragma once

#include "growth/LmsTable.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

// WHO's LMS z-score formulas, rounding and flag rules (../shared/who/ALGORITHM.md, sections 5-7).
namespace LmsFormula {

enum class Branch { Plain, Restricted, AboveThree, BelowMinusThree };

inline double plain(double y, const Lms &p)
{
    return (std::pow(y / p.m, p.l) - 1.0) / (p.s * p.l);
}

inline double sdLine(const Lms &p, double k)
{
    return p.m * std::pow(1.0 + p.l * p.s * k, 1.0 / p.l);
}

// Beyond +/-3 SD the distance is measured in units of the 2-to-3 SD gap on that side.
inline double restricted(double y, const Lms &p, Branch *branch = nullptr)
{
    const double z = plain(y, p);
    if (z > 3) {
        const double sd3 = sdLine(p, 3);
        if (branch)
            *branch = Branch::AboveThree;
        return 3 + (y - sd3) / (sd3 - sdLine(p, 2));
    }
    if (z < -3) {
        const double sdMinus3 = sdLine(p, -3);
        if (branch)
            *branch = Branch::BelowMinusThree;
        return -3 + (y - sdMinus3) / (sdLine(p, -2) - sdMinus3);
    }
    if (branch)
        *branch = Branch::Restricted;
    return z;
}

// R's round(z, 2): the decimal nearest to z's exact binary value, as "%.2f" would print it.
inline double round2(double z)
{
    if (!std::isfinite(z))
        return z;
    const double scaled = z * 100.0;
    const double whole = std::floor(scaled);
    const double fraction = scaled - whole;
    if (std::fabs(fraction - 0.5) > 1e-6)
        return (fraction < 0.5 ? whole : whole + 1.0) / 100.0;
    char text[64];
    std::snprintf(text, sizeof text, "%.2f", z);
    return std::strtod(text, nullptr);
}

} // namespace LmsFormula

#pragma once

#include "domain/Sex.h"

#include <QCoreApplication>
#include <QString>

// The WHO Child Growth Standards curves a growth chart draws, read from the tables compiled into
// the program (growth/GrowthTables). Ages are in months (30.4375 days each, WHO's own month);
// length-for-age is the length table below 731 days and the height table from then on.
class GrowthCurve {
    Q_DECLARE_TR_FUNCTIONS(GrowthCurve)
public:
    enum class Kind { LengthForAge, WeightForAge, WeightForLength, WeightForHeight };

    static constexpr double DaysPerMonth = 30.4375;

    // The measurement (cm or kg) at z standard deviations for a child of this sex at x: the age in
    // months, or the length/height in cm for the weight-for-length/height curves. The LMS value
    // M(1 + L S z)^(1/L), or M e^(S z) when L is 0; NaN outside the table.
    static double value(Kind kind, Sex sex, double x, double z);
    // The range of x the WHO table covers (months, or cm).
    static double firstX(Kind kind);
    static double lastX(Kind kind);

    static QString xTitle(Kind kind);  // "Age (months)", "Length (cm)"
    static QString yTitle(Kind kind);  // "Length/height (cm)", "Weight (kg)"
};

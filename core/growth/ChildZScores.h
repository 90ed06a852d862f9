#pragma once

#include "growth/ChildIndex.h"
#include "growth/ChildInput.h"
#include "growth/LmsFormula.h"

// One index's result, with the working that produced it (shown to users who ask why).
struct IndexResult {
    double z = ChildInput::Missing;    // rounded to 2 decimals; NaN when not computed
    double raw = ChildInput::Missing;  // before rounding
    int flag = -1;                     // 1 implausible, 0 plausible, -1 missing
    double measurement = ChildInput::Missing;  // the value used (after adjustment)
    Lms lms;
    LmsFormula::Branch branch = LmsFormula::Branch::Plain;
    bool lengthTable = true;  // weight-for-length (true) or weight-for-height (false)
};

struct ChildResult {
    double clenhei = ChildInput::Missing;
    char cmeasure = 0;
    int c9moFlag = 0;
    double cbmi = ChildInput::Missing;
    int csex = 0;
    double ageDays = ChildInput::Missing;    // rounded half up
    double ageMonths = ChildInput::Missing;  // unrounded
    IndexResult index[ChildIndexCount];

    const IndexResult &operator[](ChildIndex i) const { return index[int(i)]; }
};

// WHO Child Growth Standards 2006 z-scores computed exactly as WHO's anthro 1.1.0 computes them.
class ChildZScores {
public:
    static ChildResult compute(const ChildInput &input);
    static constexpr const char *Standard = "WHO 2006 (anthro 1.1.0)";
};

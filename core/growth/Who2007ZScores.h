#pragma once

#include "growth/ChildZScores.h"

// WHO Reference 2007 (5-19 years) as WHO's anthroplus computes it: age in months (fractional),
// height-for-age, weight-for-age (to 10 years) and BMI-for-age.
struct Who2007Input {
    int sex = 0;
    double ageMonths = ChildInput::Missing;
    double height = ChildInput::Missing;
    double weight = ChildInput::Missing;
    bool oedema = false;
};

struct Who2007Result {
    double cbmi = ChildInput::Missing;
    IndexResult heightForAge;
    IndexResult weightForAge;
    IndexResult bmiForAge;
};

class Who2007ZScores {
public:
    static Who2007Result compute(const Who2007Input &input);
    static constexpr const char *Standard = "WHO 2007 (anthroplus)";
};

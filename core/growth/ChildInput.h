#pragma once

#include <limits>

// One child's values as WHO's anthro_zscores takes them; NaN (and sex 0, measure 0) is missing.
struct ChildInput {
    static constexpr double Missing = std::numeric_limits<double>::quiet_NaN();

    int sex = 0;           // 1 male, 2 female, 0 missing
    double age = Missing;  // days, or months when ageInMonths
    bool ageInMonths = false;
    double weight = Missing;   // kg
    double lenhei = Missing;   // cm
    char measure = 0;          // 'l' lying, 'h' standing, 0 missing
    bool oedema = false;
    double headc = Missing;    // cm
    double armc = Missing;     // cm
    double triskin = Missing;  // mm
    double subskin = Missing;  // mm
};

#pragma once

#include <QString>

// One risk a screen found: which rule, the rule in words, and the value that triggered it.
struct RiskFinding {
    QString rule;         // stable id, e.g. "kek", "anaemia", "too_young"
    QString description;  // translated, e.g. "Chronic energy deficiency (KEK): LiLA below 23,5 cm"
    QString value;        // translated, e.g. "LiLA 22,4 cm"
};

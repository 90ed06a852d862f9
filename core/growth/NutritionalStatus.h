#pragma once

#include "growth/ChildIndex.h"

#include <QCoreApplication>
#include <QString>
#include <cmath>

// Indonesian categories of Permenkes 2/2020 for a z-score; a flagged value gets none.
enum class NutritionalCategory {
    None,  // no z-score
    CheckMeasurement,  // flagged as implausible by WHO's rules
    SeverelyStunted, Stunted, NormalHeight, Tall,
    SeverelyUnderweight, Underweight, NormalWeight, RiskOfOverweight,
    SeverelyWasted, Wasted, WellNourished, PossibleRiskOfOverweight, Overweight, Obese
};

class NutritionalStatus {
    Q_DECLARE_TR_FUNCTIONS(NutritionalStatus)
public:
    // index: length/height-for-age, weight-for-age, weight-for-length/height or BMI-for-age.
    static NutritionalCategory categorise(ChildIndex index, double z, bool flagged);
    static QString name(NutritionalCategory category);
    static bool isStunted(NutritionalCategory category)
    {
        return category == NutritionalCategory::SeverelyStunted || category == NutritionalCategory::Stunted;
    }
};

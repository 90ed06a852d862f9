#include "growth/NutritionalStatus.h"

NutritionalCategory NutritionalStatus::categorise(ChildIndex index, double z, bool flagged)
{
    if (std::isnan(z))
        return NutritionalCategory::None;
    if (flagged)
        return NutritionalCategory::CheckMeasurement;
    switch (index) {
    case ChildIndex::LengthForAge:
        if (z < -3) return NutritionalCategory::SeverelyStunted;
        if (z < -2) return NutritionalCategory::Stunted;
        if (z <= 3) return NutritionalCategory::NormalHeight;
        return NutritionalCategory::Tall;
    case ChildIndex::WeightForAge:
        if (z < -3) return NutritionalCategory::SeverelyUnderweight;
        if (z < -2) return NutritionalCategory::Underweight;
        if (z <= 1) return NutritionalCategory::NormalWeight;
        return NutritionalCategory::RiskOfOverweight;
    case ChildIndex::WeightForLength:
    case ChildIndex::BmiForAge:
        if (z < -3) return NutritionalCategory::SeverelyWasted;
        if (z < -2) return NutritionalCategory::Wasted;
        if (z <= 1) return NutritionalCategory::WellNourished;
        if (z <= 2) return NutritionalCategory::PossibleRiskOfOverweight;
        if (z <= 3) return NutritionalCategory::Overweight;
        return NutritionalCategory::Obese;
    default:
        return NutritionalCategory::None;
    }
}

QString NutritionalStatus::name(NutritionalCategory category)
{
    switch (category) {
    case NutritionalCategory::None: return QString();
    case NutritionalCategory::CheckMeasurement: return tr("Check the measurement");
    case NutritionalCategory::SeverelyStunted: return tr("Severely stunted");
    case NutritionalCategory::Stunted: return tr("Stunted");
    case NutritionalCategory::NormalHeight: return tr("Normal height");
    case NutritionalCategory::Tall: return tr("Tall");
    case NutritionalCategory::SeverelyUnderweight: return tr("Severely underweight");
    case NutritionalCategory::Underweight: return tr("Underweight");
    case NutritionalCategory::NormalWeight: return tr("Normal weight");
    case NutritionalCategory::RiskOfOverweight: return tr("Risk of overweight");
    case NutritionalCategory::SeverelyWasted: return tr("Severely wasted");
    case NutritionalCategory::Wasted: return tr("Wasted");
    case NutritionalCategory::WellNourished: return tr("Well nourished");
    case NutritionalCategory::PossibleRiskOfOverweight: return tr("Possible risk of overweight");
    case NutritionalCategory::Overweight: return tr("Overweight");
    case NutritionalCategory::Obese: return tr("Obese");
    }
    return QString();
}

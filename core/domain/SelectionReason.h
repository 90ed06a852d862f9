#pragma once

#include "domain/EnumText.h"

// Why a candidate was selected as an audit case.
enum class SelectionReason { NotImproved, HighBurdenArea, DifficultCase, HighRiskMother, DataComplete };

template <>
struct EnumInfo<SelectionReason> {
    static constexpr const char *context = "SelectionReason";
    static constexpr std::array<EnumEntry<SelectionReason>, 5> entries{{
        {SelectionReason::NotImproved, "not_improved", QT_TRANSLATE_NOOP("SelectionReason", "Did not improve after intervention")},
        {SelectionReason::HighBurdenArea, "high_burden_area", QT_TRANSLATE_NOOP("SelectionReason", "High-burden area (lokus)")},
        {SelectionReason::DifficultCase, "difficult_case", QT_TRANSLATE_NOOP("SelectionReason", "Difficult case or suspected disease")},
        {SelectionReason::HighRiskMother, "high_risk_mother", QT_TRANSLATE_NOOP("SelectionReason", "High-risk mother or bride")},
        {SelectionReason::DataComplete, "data_complete", QT_TRANSLATE_NOOP("SelectionReason", "Data complete enough to audit")},
    }};
};

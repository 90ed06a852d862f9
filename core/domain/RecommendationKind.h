#pragma once

#include "domain/EnumText.h"

// The three kinds of expert recommendation.
enum class RecommendationKind { CaseHandling, CaseManagement, Prevention };

template <>
struct EnumInfo<RecommendationKind> {
    static constexpr const char *context = "RecommendationKind";
    static constexpr std::array<EnumEntry<RecommendationKind>, 3> entries{{
        {RecommendationKind::CaseHandling, "case_handling", QT_TRANSLATE_NOOP("RecommendationKind", "Handling this case")},
        {RecommendationKind::CaseManagement, "case_management", QT_TRANSLATE_NOOP("RecommendationKind", "Improving case management")},
        {RecommendationKind::Prevention, "prevention", QT_TRANSLATE_NOOP("RecommendationKind", "Preventing similar cases")},
    }};
};

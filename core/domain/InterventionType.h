#pragma once

#include "domain/EnumText.h"

// Spesifik (nutrition, health) or sensitif (water, housing, social aid, education).
enum class InterventionType { Specific, Sensitive };

template <>
struct EnumInfo<InterventionType> {
    static constexpr const char *context = "InterventionType";
    static constexpr std::array<EnumEntry<InterventionType>, 2> entries{{
        {InterventionType::Specific, "spesifik", QT_TRANSLATE_NOOP("InterventionType", "Specific (spesifik)")},
        {InterventionType::Sensitive, "sensitif", QT_TRANSLATE_NOOP("InterventionType", "Sensitive (sensitif)")},
    }};
};

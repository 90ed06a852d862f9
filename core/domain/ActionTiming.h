#pragma once

#include "domain/EnumText.h"

// Segera (immediate) or terencana (planned).
enum class ActionTiming { Immediate, Planned };

template <>
struct EnumInfo<ActionTiming> {
    static constexpr const char *context = "ActionTiming";
    static constexpr std::array<EnumEntry<ActionTiming>, 2> entries{{
        {ActionTiming::Immediate, "segera", QT_TRANSLATE_NOOP("ActionTiming", "Immediate (segera)")},
        {ActionTiming::Planned, "terencana", QT_TRANSLATE_NOOP("ActionTiming", "Planned (terencana)")},
    }};
};

#pragma once

#include "domain/EnumText.h"

// How length/height was measured: lying (length) or standing (height).
enum class MeasurePosition { Lying, Standing };

template <>
struct EnumInfo<MeasurePosition> {
    static constexpr const char *context = "MeasurePosition";
    static constexpr std::array<EnumEntry<MeasurePosition>, 2> entries{{
        {MeasurePosition::Lying, "L", QT_TRANSLATE_NOOP("MeasurePosition", "Lying (length)")},
        {MeasurePosition::Standing, "H", QT_TRANSLATE_NOOP("MeasurePosition", "Standing (height)")},
    }};
};

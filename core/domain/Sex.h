#pragma once

#include "domain/EnumText.h"

// Sex as recorded: L (laki-laki) or P (perempuan).
enum class Sex { Male, Female };

template <>
struct EnumInfo<Sex> {
    static constexpr const char *context = "Sex";
    static constexpr std::array<EnumEntry<Sex>, 2> entries{{
        {Sex::Male, "L", QT_TRANSLATE_NOOP("Sex", "Male")},
        {Sex::Female, "P", QT_TRANSLATE_NOOP("Sex", "Female")},
    }};
};

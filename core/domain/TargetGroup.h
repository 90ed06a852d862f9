#pragma once

#include "domain/EnumText.h"

// Kelompok sasaran: the five groups an audit looks at.
enum class TargetGroup { Catin, Bumil, Bufas, Baduta, Balita };

template <>
struct EnumInfo<TargetGroup> {
    static constexpr const char *context = "TargetGroup";
    static constexpr std::array<EnumEntry<TargetGroup>, 5> entries{{
        {TargetGroup::Catin, "CATIN", QT_TRANSLATE_NOOP("TargetGroup", "Prospective bride (CATIN)")},
        {TargetGroup::Bumil, "BUMIL", QT_TRANSLATE_NOOP("TargetGroup", "Pregnant woman (BUMIL)")},
        {TargetGroup::Bufas, "BUFAS", QT_TRANSLATE_NOOP("TargetGroup", "Postpartum mother (BUFAS)")},
        {TargetGroup::Baduta, "BADUTA", QT_TRANSLATE_NOOP("TargetGroup", "Child under two (BADUTA)")},
        {TargetGroup::Balita, "BALITA", QT_TRANSLATE_NOOP("TargetGroup", "Child under five (BALITA)")},
    }};
};

// BADUTA and BALITA are children, measured against the WHO growth standards.
inline bool isChildGroup(TargetGroup group)
{
    return group == TargetGroup::Baduta || group == TargetGroup::Balita;
}

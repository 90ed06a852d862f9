#pragma once

#include "domain/EnumText.h"

// Where an audit cycle stands as a whole.
enum class CycleStatus { Planned, InProgress, Closed };

template <>
struct EnumInfo<CycleStatus> {
    static constexpr const char *context = "CycleStatus";
    static constexpr std::array<EnumEntry<CycleStatus>, 3> entries{{
        {CycleStatus::Planned, "planned", QT_TRANSLATE_NOOP("CycleStatus", "Planned")},
        {CycleStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("CycleStatus", "In progress")},
        {CycleStatus::Closed, "closed", QT_TRANSLATE_NOOP("CycleStatus", "Closed")},
    }};
};

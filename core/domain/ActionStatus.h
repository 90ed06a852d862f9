#pragma once

#include "domain/EnumText.h"

// Status of an RTL item (ActionItem).
enum class ActionStatus { Planned, InProgress, Done, PartlyDone, NotDone };

template <>
struct EnumInfo<ActionStatus> {
    static constexpr const char *context = "ActionStatus";
    static constexpr std::array<EnumEntry<ActionStatus>, 5> entries{{
        {ActionStatus::Planned, "planned", QT_TRANSLATE_NOOP("ActionStatus", "Planned")},
        {ActionStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("ActionStatus", "In progress")},
        {ActionStatus::Done, "done", QT_TRANSLATE_NOOP("ActionStatus", "Done")},
        {ActionStatus::PartlyDone, "partly_done", QT_TRANSLATE_NOOP("ActionStatus", "Partly done")},
        {ActionStatus::NotDone, "not_done", QT_TRANSLATE_NOOP("ActionStatus", "Not done")},
    }};
};

// Done, partly done and not done close an item; each comes with an evaluation.
inline bool isFinalStatus(ActionStatus status)
{
    return status == ActionStatus::Done || status == ActionStatus::PartlyDone || status == ActionStatus::NotDone;
}

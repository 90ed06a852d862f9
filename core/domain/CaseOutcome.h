#pragma once

#include "domain/EnumText.h"

// A case's risk status after follow-up, compared with before.
enum class CaseOutcome { Improved, Unchanged, Worse, MovedAway, Died, LostToFollowUp };

template <>
struct EnumInfo<CaseOutcome> {
    static constexpr const char *context = "CaseOutcome";
    static constexpr std::array<EnumEntry<CaseOutcome>, 6> entries{{
        {CaseOutcome::Improved, "improved", QT_TRANSLATE_NOOP("CaseOutcome", "Improved")},
        {CaseOutcome::Unchanged, "unchanged", QT_TRANSLATE_NOOP("CaseOutcome", "Unchanged")},
        {CaseOutcome::Worse, "worse", QT_TRANSLATE_NOOP("CaseOutcome", "Worse")},
        {CaseOutcome::MovedAway, "moved_away", QT_TRANSLATE_NOOP("CaseOutcome", "Moved away")},
        {CaseOutcome::Died, "died", QT_TRANSLATE_NOOP("CaseOutcome", "Died")},
        {CaseOutcome::LostToFollowUp, "lost", QT_TRANSLATE_NOOP("CaseOutcome", "Lost to follow-up")},
    }};
};

#pragma once

#include "domain/EnumText.h"

// What an audit meeting is for.
enum class MeetingKind { Dissemination, Evaluation, Other };

template <>
struct EnumInfo<MeetingKind> {
    static constexpr const char *context = "MeetingKind";
    static constexpr std::array<EnumEntry<MeetingKind>, 3> entries{{
        {MeetingKind::Dissemination, "dissemination", QT_TRANSLATE_NOOP("MeetingKind", "Dissemination")},
        {MeetingKind::Evaluation, "evaluation", QT_TRANSLATE_NOOP("MeetingKind", "Second dissemination (evaluation)")},
        {MeetingKind::Other, "other", QT_TRANSLATE_NOOP("MeetingKind", "Other audit meeting")},
    }};
};

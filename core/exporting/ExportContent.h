#pragma once

#include "domain/EnumText.h"

// What can be exported. Subjects and measurements carry identities (they are for correcting
// data); cases carry case codes only, so that the list can travel.
enum class ExportContent { Subjects, Measurements, Cases };

template <>
struct EnumInfo<ExportContent> {
    static constexpr const char *context = "ExportContent";
    static constexpr std::array<EnumEntry<ExportContent>, 3> entries{{
        {ExportContent::Subjects, "subjects", QT_TRANSLATE_NOOP("ExportContent", "Subjects")},
        {ExportContent::Measurements, "measurements", QT_TRANSLATE_NOOP("ExportContent", "Measurements")},
        {ExportContent::Cases, "cases", QT_TRANSLATE_NOOP("ExportContent", "Cases")},
    }};
};

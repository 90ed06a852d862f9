#pragma once

#include "domain/EnumText.h"

// The editable narrative parts of a cycle's report (Laporan AKS), in the order they are printed.
enum class ReportPart { Background, LegalBasis, Objectives, Conclusions, Suggestions, Closing };

template <>
struct EnumInfo<ReportPart> {
    static constexpr const char *context = "ReportPart";
    static constexpr std::array<EnumEntry<ReportPart>, 6> entries{{
        {ReportPart::Background, "introduction", QT_TRANSLATE_NOOP("ReportPart", "Background (Latar belakang)")},
        {ReportPart::LegalBasis, "legal_basis", QT_TRANSLATE_NOOP("ReportPart", "Legal basis (Dasar hukum)")},
        {ReportPart::Objectives, "objectives", QT_TRANSLATE_NOOP("ReportPart", "Objectives (Tujuan)")},
        {ReportPart::Conclusions, "conclusions", QT_TRANSLATE_NOOP("ReportPart", "Conclusions (Kesimpulan)")},
        {ReportPart::Suggestions, "suggestions", QT_TRANSLATE_NOOP("ReportPart", "Recommendations (Saran)")},
        {ReportPart::Closing, "closing", QT_TRANSLATE_NOOP("ReportPart", "Closing (Penutup)")},
    }};
};

#pragma once

#include "domain/EnumText.h"

// The five stages of an audit cycle, in order.
enum class CycleStage { TeamFormation, CaseSelection, ExpertReview, Dissemination, FollowUpEvaluation };

template <>
struct EnumInfo<CycleStage> {
    static constexpr const char *context = "CycleStage";
    static constexpr std::array<EnumEntry<CycleStage>, 5> entries{{
        {CycleStage::TeamFormation, "team_formation", QT_TRANSLATE_NOOP("CycleStage", "Team formation")},
        {CycleStage::CaseSelection, "case_selection", QT_TRANSLATE_NOOP("CycleStage", "Case identification and selection")},
        {CycleStage::ExpertReview, "expert_review", QT_TRANSLATE_NOOP("CycleStage", "Expert review")},
        {CycleStage::Dissemination, "dissemination", QT_TRANSLATE_NOOP("CycleStage", "Dissemination")},
        {CycleStage::FollowUpEvaluation, "follow_up_evaluation", QT_TRANSLATE_NOOP("CycleStage", "Follow-up evaluation")},
    }};
};

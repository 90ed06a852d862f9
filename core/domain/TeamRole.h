#pragma once

#include "domain/EnumText.h"

// A member's role in the audit team (Tim AKS).
enum class TeamRole { Steering, Chair, ViceChair, Secretary, Technical, Expert, FamilyCompanion };

template <>
struct EnumInfo<TeamRole> {
    static constexpr const char *context = "TeamRole";
    static constexpr std::array<EnumEntry<TeamRole>, 7> entries{{
        {TeamRole::Steering, "pengarah", QT_TRANSLATE_NOOP("TeamRole", "Steering (Pengarah)")},
        {TeamRole::Chair, "ketua", QT_TRANSLATE_NOOP("TeamRole", "Chair (Ketua)")},
        {TeamRole::ViceChair, "wakil_ketua", QT_TRANSLATE_NOOP("TeamRole", "Vice chair (Wakil Ketua)")},
        {TeamRole::Secretary, "sekretaris", QT_TRANSLATE_NOOP("TeamRole", "Secretary (Sekretaris)")},
        {TeamRole::Technical, "tim_teknis", QT_TRANSLATE_NOOP("TeamRole", "Technical team (Tim Teknis)")},
        {TeamRole::Expert, "tim_pakar", QT_TRANSLATE_NOOP("TeamRole", "Expert (Tim Pakar)")},
        {TeamRole::FamilyCompanion, "tpk", QT_TRANSLATE_NOOP("TeamRole", "Family companion team (TPK)")},
    }};
};

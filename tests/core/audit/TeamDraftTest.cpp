#include <catch2/catch.hpp>

#include "audit/TeamDraft.h"

namespace {
DraftMember member(TeamRole role, const QString &backTitle = {})
{
    DraftMember m;
    m.role = role;
    m.person.name = enumCode(role);
    m.person.backTitle = backTitle;
    return m;
}
}

TEST_CASE("A team draft says what the stage lacks and what is worth checking", "[audit][team]")
{
    TeamDraft draft;
    CHECK(draft.missing().size() == 6);
    draft.decree.number = QStringLiteral("188.45/1/TPPS/V/2024");
    draft.decree.date = QDate(2024, 1, 10);
    draft.members = {member(TeamRole::Chair), member(TeamRole::Technical), member(TeamRole::Expert, QStringLiteral("Sp.A"))};
    CHECK(draft.missing() == QStringList{QStringLiteral("No secretary (Sekretaris) in the team")});
    CHECK(draft.warnings() == QStringList{QStringLiteral("No obstetrician (Sp.OG) among the experts")});
    draft.members.append(member(TeamRole::Secretary));
    draft.members.append(member(TeamRole::Expert, QStringLiteral("Sp.OG, M.Kes")));
    CHECK(draft.missing().isEmpty());
    CHECK(draft.warnings().isEmpty());

    DraftMember tpk = member(TeamRole::FamilyCompanion);
    tpk.person.nip = QStringLiteral("1975");
    draft.members.append(tpk);
    const QStringList warnings = draft.warnings();
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].contains(QStringLiteral("18 digits")));
    CHECK(warnings[1].contains(QStringLiteral("no desa")));
}

#include "audit/TeamDraft.h"

#include "growth/NipCheck.h"

namespace {
bool hasRole(const QList<DraftMember> &members, TeamRole role)
{
    return std::any_of(members.begin(), members.end(), [role](const DraftMember &m) { return m.role == role; });
}

bool expertWith(const QList<DraftMember> &members, const QString &title)
{
    return std::any_of(members.begin(), members.end(), [&title](const DraftMember &m) {
        return m.role == TeamRole::Expert && m.person.backTitle.contains(title, Qt::CaseInsensitive);
    });
}
}

QStringList TeamDraft::missing() const
{
    QStringList lines;
    if (decree.number.trimmed().isEmpty())
        lines << tr("No decree number yet");
    if (!decree.date.isValid())
        lines << tr("No decree date yet");
    if (!hasRole(members, TeamRole::Chair))
        lines << tr("No chair (Ketua) in the team");
    if (!hasRole(members, TeamRole::Secretary))
        lines << tr("No secretary (Sekretaris) in the team");
    if (!hasRole(members, TeamRole::Technical))
        lines << tr("No technical team member (Tim Teknis)");
    if (!hasRole(members, TeamRole::Expert))
        lines << tr("No expert (Tim Pakar)");
    return lines;
}

QStringList TeamDraft::warnings() const
{
    QStringList lines;
    if (hasRole(members, TeamRole::Expert)) {
        if (!expertWith(members, QStringLiteral("Sp.A")))
            lines << tr("No paediatrician (Sp.A) among the experts");
        if (!expertWith(members, QStringLiteral("Sp.OG")))
            lines << tr("No obstetrician (Sp.OG) among the experts");
    }
    for (const DraftMember &member : members) {
        for (const QString &problem : NipCheck::warnings(member.person.nip))
            lines << tr("%1: %2").arg(member.person.fullName(), problem);
        if (needsArea(member.role) && member.role == TeamRole::FamilyCompanion && member.desaId == 0)
            lines << tr("%1: no desa assigned to this TPK member").arg(member.person.fullName());
    }
    return lines;
}

#include "storage/TeamStore.h"

#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/Workspace.h"

#include <QSet>

Result<TeamDraft> TeamStore::load(qint64 cycleId) const
{
    CycleRepository cycles(m_workspace);
    PeopleRepository people(m_workspace);
    TeamDraft draft;
    draft.decree.cycleId = cycleId;
    auto decree = cycles.decree(cycleId);
    if (!decree)
        return Error{decree.error()};
    if (decree->has_value())
        draft.decree = decree->value();
    auto members = cycles.members(cycleId);
    if (!members)
        return Error{members.error()};
    for (const TeamMember &member : *members) {
        auto person = people.person(member.personId);
        if (!person)
            return Error{person.error()};
        draft.members.append({member.id, *person, member.role, member.kecamatanId, member.desaId});
    }
    return draft;
}

Result<TeamDraft> TeamStore::previousTeam(qint64 cycleId) const
{
    auto cycles = CycleRepository(m_workspace).all();  // newest first
    if (!cycles)
        return Error{cycles.error()};
    for (int i = 0; i + 1 < cycles->size(); ++i) {
        if (cycles->at(i).id != cycleId)
            continue;
        auto previous = load(cycles->at(i + 1).id);
        if (!previous)
            return previous;
        TeamDraft draft;
        draft.decree.cycleId = cycleId;
        draft.decree.subject = previous->decree.subject;
        draft.decree.signerTitle = previous->decree.signerTitle;
        draft.decree.signerName = previous->decree.signerName;
        for (DraftMember member : previous->members) {
            member.memberId = 0;
            draft.members.append(member);
        }
        return draft;
    }
    TeamDraft empty;
    empty.decree.cycleId = cycleId;
    return empty;
}

Status TeamStore::save(qint64 cycleId, TeamDraft &draft)
{
    TeamDraft saved = draft;
    const Status status = m_workspace.write([&]() -> Status {
        CycleRepository cycles(m_workspace);
        PeopleRepository people(m_workspace);
        saved.decree.cycleId = cycleId;
        if (Status s = cycles.save(saved.decree); !s)
            return s;
        auto existing = cycles.members(cycleId);
        if (!existing)
            return Error{existing.error()};
        QSet<qint64> kept;
        for (const DraftMember &member : saved.members)
            kept.insert(member.memberId);
        for (const TeamMember &member : *existing) {
            if (!kept.contains(member.id)) {
                if (Status s = cycles.removeMember(member.id); !s)
                    return s;
            }
        }
        for (DraftMember &member : saved.members) {
            if (Status s = people.save(member.person); !s)
                return s;
            TeamMember row;
            row.id = member.memberId;
            row.cycleId = cycleId;
            row.personId = member.person.id;
            row.role = member.role;
            row.kecamatanId = member.kecamatanId;
            row.desaId = member.desaId;
            if (Status s = cycles.save(row); !s)
                return s;
            member.memberId = row.id;
        }
        return {};
    });
    if (status)
        draft = saved;
    return status;
}

#include "documents/TeamSignature.h"

#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"

Result<SignatureBlock> TeamSignature::of(Workspace &workspace, qint64 cycleId, TeamRole role, const QString &office, const QString &placeAndDate)
{
    SignatureBlock block;
    block.placeAndDate = placeAndDate;
    block.role = office;
    auto members = CycleRepository(workspace).members(cycleId);
    if (!members)
        return Error{members.error()};
    for (const TeamMember &member : *members) {
        if (member.role != role)
            continue;
        auto person = PeopleRepository(workspace).person(member.personId);
        if (!person)
            return Error{person.error()};
        block.name = person->fullName();
        block.rankGrade = person->rankGrade;
        block.nip = person->nip;
        break;
    }
    return block;
}

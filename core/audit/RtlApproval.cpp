#include "audit/RtlApproval.h"

#include "storage/ActionItemRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/Workspace.h"

Result<QString> RtlApproval::defaultApprover(qint64 cycleId) const
{
    auto members = CycleRepository(m_workspace).members(cycleId);
    if (!members)
        return Error{members.error()};
    for (TeamRole role : {TeamRole::Steering, TeamRole::Chair}) {
        for (const TeamMember &member : *members) {
            if (member.role != role)
                continue;
            auto person = PeopleRepository(m_workspace).person(member.personId);
            if (!person)
                return Error{person.error()};
            return person->fullName();
        }
    }
    return QString();
}

Status RtlApproval::approve(const QList<qint64> &itemIds, const QDate &on, const QString &approvedBy, const QDate &today)
{
    if (itemIds.isEmpty())
        return Error{tr("Select the RTL items to approve.")};
    if (!on.isValid())
        return Error{tr("Enter the date of the approval.")};
    if (on > today)
        return Error{tr("The approval date is in the future.")};
    if (approvedBy.trimmed().isEmpty())
        return Error{tr("Enter the name of the TPPS chair who approved the items.")};
    return m_workspace.write([&]() -> Status {
        ActionItemRepository repository(m_workspace);
        for (qint64 id : itemIds) {
            auto item = repository.find(id);
            if (!item)
                return Error{item.error()};
            item->approvedOn = on;
            item->approvedBy = approvedBy.trimmed();
            if (Status saved = repository.save(*item); !saved)
                return saved;
        }
        return {};
    });
}

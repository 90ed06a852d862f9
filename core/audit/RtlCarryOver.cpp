#include "audit/RtlCarryOver.h"

#include "storage/ActionItemRepository.h"
#include "storage/CycleRepository.h"
#include "storage/RtlRepository.h"
#include "storage/Workspace.h"

#include <QHash>

namespace {
bool isEarlier(const Cycle &a, const Cycle &b)
{
    return a.year < b.year || (a.year == b.year && a.number < b.number);
}
}

Result<std::optional<Cycle>> RtlCarryOver::nextCycle(qint64 cycleId) const
{
    auto cycles = CycleRepository(m_workspace).all();
    if (!cycles)
        return Error{cycles.error()};
    std::optional<Cycle> self;
    for (const Cycle &cycle : *cycles) {
        if (cycle.id == cycleId)
            self = cycle;
    }
    if (!self)
        return Error{tr("The cycle was not found in the workspace.")};
    std::optional<Cycle> next;
    for (const Cycle &cycle : *cycles) {  // newest first: the last later one is the next
        if (isEarlier(*self, cycle))
            next = cycle;
    }
    return next;
}

Result<QList<ActionItem>> RtlCarryOver::pending(qint64 fromCycleId, qint64 toCycleId) const
{
    auto items = ActionItemRepository(m_workspace).forCycle(fromCycleId);
    auto carried = RtlRepository(m_workspace).carriedInto(toCycleId);
    if (!items)
        return Error{items.error()};
    if (!carried)
        return Error{carried.error()};
    QList<ActionItem> pending;
    for (const ActionItem &item : *items) {
        if (!item.isFinished() && !carried->contains(item.id))
            pending.append(item);
    }
    return pending;
}

Result<QList<ActionItem>> RtlCarryOver::carry(const QList<qint64> &itemIds, qint64 toCycleId)
{
    CycleRepository cycles(m_workspace);
    auto target = cycles.find(toCycleId);
    if (!target)
        return Error{target.error()};
    QList<ActionItem> copies;
    const Status status = m_workspace.write([&]() -> Status {
        ActionItemRepository repository(m_workspace);
        QHash<qint64, Cycle> sources;
        for (qint64 id : itemIds) {
            auto item = repository.find(id);
            if (!item)
                return Error{item.error()};
            if (!sources.contains(item->cycleId)) {
                auto source = cycles.find(item->cycleId);
                if (!source)
                    return Error{source.error()};
                sources.insert(item->cycleId, *source);
            }
            if (!isEarlier(sources.value(item->cycleId), *target))
                return Error{tr("\"%1\" is in cycle %2; items can only be carried into a later cycle, not into %3.")
                                 .arg(item->activity, sources.value(item->cycleId).label(), target->label())};
            if (item->isFinished())
                return Error{tr("\"%1\" is done; only unfinished items are carried into the next cycle.").arg(item->activity)};
            // Read inside the transaction, so that an id given twice is refused the second time.
            auto carried = RtlRepository(m_workspace).carriedInto(toCycleId);
            if (!carried)
                return Error{carried.error()};
            if (carried->contains(id))
                return Error{tr("\"%1\" was already carried into cycle %2.").arg(item->activity, target->label())};

            ActionItem copy = *item;
            copy.id = 0;
            copy.uuid.clear();
            copy.createdAt = copy.updatedAt = {};
            copy.cycleId = toCycleId;
            copy.carriedFromId = item->id;
            copy.status = ActionStatus::Planned;
            copy.approvedOn = {};
            copy.approvedBy.clear();
            copy.startDate = {};
            copy.dueDate = {};
            if (Status saved = repository.save(copy); !saved)
                return saved;
            copies.append(copy);
        }
        return {};
    });
    if (!status)
        return Error{status.error()};
    return copies;
}

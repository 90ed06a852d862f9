#include "CycleArgument.h"

#include "storage/CycleRepository.h"

#include <QRegularExpression>

Result<qint64> CycleArgument::find(Workspace &workspace, const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-[12]$"));
    if (!pattern.match(label).hasMatch())
        return Error{tr("give the cycle as YEAR-N, for example --cycle 2026-1.")};
    auto cycles = CycleRepository(workspace).all();
    if (!cycles)
        return Error{cycles.error()};
    for (const Cycle &cycle : *cycles) {
        if (cycle.label() == label)
            return cycle.id;
    }
    return Error{tr("there is no cycle %1 in this workspace.").arg(label)};
}

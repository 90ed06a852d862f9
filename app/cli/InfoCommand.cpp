#include "InfoCommand.h"

#include "audit/CycleProgress.h"
#include "audit/OverdueItems.h"
#include "storage/CycleRepository.h"
#include "storage/StatisticsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

void InfoCommand::configure(QCommandLineParser &parser)
{
    WorkspaceCommand::configure(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON with stable English keys.")});
    parser.addOption({QStringLiteral("today"), tr("Count RTL items overdue as of DATE (yyyy-mm-dd) instead of today."), QStringLiteral("DATE")});
}

Result<QJsonObject> InfoCommand::collect(Workspace &workspace, const QDate &today) const
{
    StatisticsRepository statistics(workspace);
    QJsonObject info;
    info[QStringLiteral("cycles")] = statistics.cycleCount();
    QJsonObject subjects;
    const auto byGroup = statistics.subjectsByGroup();
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it)
        subjects[enumCode(it.key())] = it.value();
    info[QStringLiteral("subjects")] = subjects;
    info[QStringLiteral("cases")] = statistics.caseCount();
    QJsonObject items;
    const auto byStatus = statistics.actionItemsByStatus();
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        items[enumCode(it.key())] = it.value();
    info[QStringLiteral("actionItems")] = items;

    auto cycles = CycleRepository(workspace).all();
    if (!cycles)
        return Error{cycles.error()};
    QJsonArray details;
    for (const Cycle &cycle : *cycles) {
        auto stages = CycleProgress(workspace).evaluate(cycle.id);
        if (!stages)
            return Error{stages.error()};
        // The same list the main window shows at start: a carried-over item is counted where it went.
        auto overdue = OverdueItems(workspace).inCycle(cycle.id, today);
        if (!overdue)
            return Error{overdue.error()};
        QJsonArray stageList;
        for (const StageProgress &stage : *stages) {
            stageList.append(QJsonObject{{QStringLiteral("stage"), enumCode(stage.stage)},
                                         {QStringLiteral("name"), enumName(stage.stage)},
                                         {QStringLiteral("done"), stage.done},
                                         {QStringLiteral("missing"), QJsonArray::fromStringList(stage.missing)}});
        }
        details.append(QJsonObject{{QStringLiteral("year"), cycle.year},
                                   {QStringLiteral("number"), cycle.number},
                                   {QStringLiteral("status"), enumCode(cycle.status)},
                                   {QStringLiteral("cases"), statistics.caseCount(cycle.id)},
                                   {QStringLiteral("overdueActionItems"), int(overdue->size())},
                                   {QStringLiteral("stages"), stageList}});
    }
    info[QStringLiteral("cycleDetails")] = details;
    return info;
}

void InfoCommand::printText(const QJsonObject &info) const
{
    out() << tr("Cycles: %1").arg(info[QStringLiteral("cycles")].toInt()) << "\n" << tr("Subjects:") << "\n";
    const QJsonObject subjects = info[QStringLiteral("subjects")].toObject();
    for (TargetGroup group : enumValues<TargetGroup>())
        out() << "  " << enumName(group) << ": " << subjects[enumCode(group)].toInt() << "\n";
    out() << tr("Audit cases: %1").arg(info[QStringLiteral("cases")].toInt()) << "\n" << tr("RTL items:") << "\n";
    const QJsonObject items = info[QStringLiteral("actionItems")].toObject();
    for (ActionStatus status : enumValues<ActionStatus>())
        out() << "  " << enumName(status) << ": " << items[enumCode(status)].toInt() << "\n";
    for (const QJsonValue &value : info[QStringLiteral("cycleDetails")].toArray()) {
        const QJsonObject cycle = value.toObject();
        out() << "\n"
              << tr("Cycle %1 of %2 (%3): %4 cases, %5 overdue RTL items")
                     .arg(cycle[QStringLiteral("number")].toInt())
                     .arg(cycle[QStringLiteral("year")].toInt())
                     .arg(enumName(enumFromCode<CycleStatus>(cycle[QStringLiteral("status")].toString()).value_or(CycleStatus::Planned)))
                     .arg(cycle[QStringLiteral("cases")].toInt())
                     .arg(cycle[QStringLiteral("overdueActionItems")].toInt())
              << "\n";
        int number = 1;
        for (const QJsonValue &stageValue : cycle[QStringLiteral("stages")].toArray()) {
            const QJsonObject stage = stageValue.toObject();
            const bool done = stage[QStringLiteral("done")].toBool();
            out() << "  " << number++ << ". " << stage[QStringLiteral("name")].toString() << ": " << (done ? tr("done") : tr("not done")) << "\n";
            for (const QJsonValue &missing : stage[QStringLiteral("missing")].toArray())
                out() << "     - " << missing.toString() << "\n";
        }
    }
}

int InfoCommand::run(Workspace &workspace, const QCommandLineParser &parser)
{
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return fail(tr("'%1' is not a date; write it as yyyy-mm-dd, e.g. 2024-09-16.").arg(parser.value(QStringLiteral("today"))));
    }
    auto info = collect(workspace, today);
    if (!info)
        return fail(info.error());
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(*info).toJson(QJsonDocument::Indented);
    else
        printText(*info);
    return 0;
}

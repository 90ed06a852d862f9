#include "ImportCommand.h"

#include "importing/ImportPlan.h"
#include "importing/ImportRunner.h"

#include <QFile>

void ImportCommand::configure(QCommandLineParser &parser)
{
    WorkspaceCommand::configure(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file to import."));
    parser.addOption({QStringLiteral("group"), tr("Target group: CATIN, BUMIL, BUFAS, BADUTA or BALITA."), QStringLiteral("GROUP")});
    parser.addOption({QStringLiteral("source"), tr("Where the file comes from: eppgbm, elsimil, pk, kia or manual (default eppgbm)."),
                      QStringLiteral("SOURCE"), QStringLiteral("eppgbm")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check the file and report, without storing anything.")});
    parser.addOption({QStringLiteral("skip-bad"), tr("Store the good rows and leave out the rows with problems.")});
}

int ImportCommand::run(Workspace &workspace, const QCommandLineParser &parser)
{
    const auto group = enumFromCode<TargetGroup>(parser.value(QStringLiteral("group")));
    if (!group)
        return fail(tr("give the target group with --group (CATIN, BUMIL, BUFAS, BADUTA or BALITA)."));
    const auto source = enumFromCode<DataSource>(parser.value(QStringLiteral("source")));
    if (!source)
        return fail(tr("unknown source '%1'.").arg(parser.value(QStringLiteral("source"))));
    const QString path = parser.positionalArguments().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    auto plan = ImportPlan::build(workspace, file.readAll(), *group, *source);
    if (!plan)
        return fail(tr("%1: %2").arg(path, plan.error()));
    for (const ImportRow &row : plan->rows) {
        for (const QString &problem : row.problems)
            err() << tr("%1: line %2: %3").arg(path).arg(row.line).arg(problem) << Qt::endl;
        for (const QString &warning : row.warnings)
            err() << tr("%1: line %2: note: %3").arg(path).arg(row.line).arg(warning) << Qt::endl;
    }
    const int rejected = plan->rejectedCount();
    out() << tr("%1 rows read, %2 with problems, %3 matching subjects already known.").arg(plan->rows.size()).arg(rejected).arg(plan->matchedCount())
          << Qt::endl;
    const bool skipBad = parser.isSet(QStringLiteral("skip-bad"));
    if (rejected > 0 && !skipBad)
        return fail(tr("nothing was stored because %n row(s) have problems; fix them, or use --skip-bad to leave them out.", nullptr, rejected));
    if (parser.isSet(QStringLiteral("dry-run"))) {
        out() << tr("Dry run: nothing was stored.") << Qt::endl;
        return 0;
    }
    auto counts = ImportRunner::write(workspace, *plan, skipBad);
    if (!counts)
        return fail(counts.error());
    out() << tr("Stored %1 new subjects and %2 measurements; %3 rows left out.").arg(counts->newSubjects).arg(counts->measurements).arg(counts->skipped)
          << Qt::endl;
    return 0;
}

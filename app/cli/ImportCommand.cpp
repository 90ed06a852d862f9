#include "ImportCommand.h"

#include "importing/ImportFile.h"
#include "importing/ImportMappings.h"
#include "importing/ImportPlan.h"
#include "importing/ImportRunner.h"
#include "importing/RejectedRowsFile.h"

void ImportCommand::configure(QCommandLineParser &parser)
{
    WorkspaceCommand::configure(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV or Excel (.xlsx) file to import."));
    parser.addOption({QStringLiteral("group"), tr("Target group: CATIN, BUMIL, BUFAS, BADUTA or BALITA."), QStringLiteral("GROUP")});
    parser.addOption({QStringLiteral("source"), tr("Where the file comes from: eppgbm, elsimil, pk, kia or manual (default eppgbm)."),
                      QStringLiteral("SOURCE"), QStringLiteral("eppgbm")});
    parser.addOption({QStringLiteral("mapping"),
                      tr("The column mapping remembered under this name (the import dialog remembers one per source). "
                         "Without it, the source's remembered mapping is used, or one is proposed from the header."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("rejected"), tr("Write the rows with problems to this CSV file, to correct them."), QStringLiteral("FILE")});
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
    auto table = ImportFile::read(path);
    if (!table)
        return fail(tr("%1: %2").arg(path, table.error()));
    const ImportMappings mappings(workspace);
    const QString mappingName = parser.isSet(QStringLiteral("mapping")) ? parser.value(QStringLiteral("mapping")) : enumCode(*source);
    std::optional<ColumnMapping> mapping = mappings.find(mappingName, table->header);
    if (!mapping && parser.isSet(QStringLiteral("mapping"))) {
        const QStringList known = mappings.names();
        return fail(known.isEmpty() ? tr("no column mapping named '%1' is remembered in this workspace.").arg(mappingName)
                                    : tr("no column mapping named '%1' is remembered; known: %2.").arg(mappingName, known.join(QStringLiteral(", "))));
    }
    auto plan = ImportPlan::build(workspace, *table, *group, *source, mapping);
    if (!plan)
        return fail(tr("%1: %2").arg(path, plan.error()));
    for (const ImportRow &row : plan->rows) {
        for (const QString &problem : row.problems)
            err() << tr("%1: line %2: %3").arg(path).arg(row.line).arg(problem) << Qt::endl;
        for (const QString &warning : row.warnings)
            err() << tr("%1: line %2: note: %3").arg(path).arg(row.line).arg(warning) << Qt::endl;
    }
    const int rejected = plan->rejectedCount();
    out() << tr("%1 rows read, %2 with problems, %3 of people already known.").arg(plan->rows.size()).arg(rejected).arg(plan->duplicateCount())
          << Qt::endl;
    if (parser.isSet(QStringLiteral("rejected")) && rejected > 0) {
        auto written = RejectedRowsFile::write(*plan, parser.value(QStringLiteral("rejected")));
        if (!written)
            return fail(written.error());
        out() << tr("The rows with problems were written to %1.").arg(parser.value(QStringLiteral("rejected"))) << Qt::endl;
    }
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

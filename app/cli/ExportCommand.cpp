#include "ExportCommand.h"

#include "exporting/ExportFile.h"
#include "storage/CycleRepository.h"
#include "storage/ExportRepository.h"

#include <QDir>
#include <QRegularExpression>

namespace {
// The cycle a --cycle value such as "2026-1" names.
Result<qint64> cycleNamed(Workspace &workspace, const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-[12]$"));
    if (!pattern.match(label).hasMatch())
        return Error{ExportCommand::tr("give the cycle as YEAR-N, for example --cycle 2026-1.")};
    auto cycles = CycleRepository(workspace).all();
    if (!cycles)
        return Error{cycles.error()};
    for (const Cycle &cycle : *cycles) {
        if (cycle.label() == label)
            return cycle.id;
    }
    return Error{ExportCommand::tr("there is no cycle %1 in this workspace.").arg(label)};
}
}

void ExportCommand::configure(QCommandLineParser &parser)
{
    WorkspaceCommand::configure(parser);
    parser.addPositionalArgument(QStringLiteral("WHAT"), tr("subjects, measurements or cases (cases carry case codes, never names)."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write; its extension, .csv or .xlsx, decides the format."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("cycle"), tr("Only the cases of this cycle, for example 2026-1."), QStringLiteral("YEAR-N")});
}

int ExportCommand::run(Workspace &workspace, const QCommandLineParser &parser)
{
    const QString what = parser.positionalArguments().at(1);
    const auto content = enumFromCode<ExportContent>(what);
    if (!content)
        return fail(tr("'%1' cannot be exported; choose subjects, measurements or cases.").arg(what));
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty())
        return fail(tr("give the file to write with -o FILE.csv or -o FILE.xlsx."));
    if (auto format = ExportFile::formatOf(path); !format)
        return fail(format.error());
    std::optional<qint64> cycleId;
    if (parser.isSet(QStringLiteral("cycle"))) {
        if (*content != ExportContent::Cases)
            return fail(tr("--cycle applies to cases only; subjects and measurements belong to no cycle."));
        auto cycle = cycleNamed(workspace, parser.value(QStringLiteral("cycle")));
        if (!cycle)
            return fail(cycle.error());
        cycleId = *cycle;
    }
    auto table = ExportRepository(workspace).table(*content, cycleId);
    if (!table)
        return fail(table.error());
    if (Status written = ExportFile::write(*table, path); !written)
        return fail(written.error());
    out() << tr("Rows written to %1: %2.").arg(QDir::toNativeSeparators(path)).arg(table->rows.size()) << Qt::endl;
    return 0;
}

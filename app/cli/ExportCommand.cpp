#include "ExportCommand.h"

#include "CycleArgument.h"
#include "exporting/ExportFile.h"
#include "storage/ExportRepository.h"

#include <QDir>

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
        auto cycle = CycleArgument::find(workspace, parser.value(QStringLiteral("cycle")));
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

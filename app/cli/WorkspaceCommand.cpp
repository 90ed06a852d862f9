#include "WorkspaceCommand.h"

void WorkspaceCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
}

int WorkspaceCommand::run(const QCommandLineParser &parser)
{
    auto workspace = Workspace::open(parser.positionalArguments().first());
    if (!workspace)
        return fail(workspace.error());
    return run(**workspace, parser);
}

#include "WorkspaceCommand.h"

void WorkspaceCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
}

int WorkspaceCommand::run(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().first();
    auto workspace = readsOnly() ? Workspace::openReadOnly(path) : Workspace::open(path);
    if (!workspace)
        return fail(workspace.error());
    return run(**workspace, parser);
}

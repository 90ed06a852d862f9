#include "DemoCommand.h"

#include "demo/DemoDistrict.h"
#include "storage/Workspace.h"

#include <QFile>

void DemoCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The new workspace file to create, e.g. demo.tuntas."));
}

int DemoCommand::run(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().first();
    auto workspace = Workspace::create(path);
    if (!workspace)
        return fail(workspace.error());
    if (Status status = DemoDistrict::populate(**workspace); !status) {
        workspace->reset();
        QFile::remove(path);
        return fail(status.error());
    }
    out() << tr("Created the demonstration workspace %1.").arg(path) << Qt::endl;
    return 0;
}

#include "CheckCommand.h"

#include "storage/Migrations.h"

int CheckCommand::run(Workspace &workspace, const QCommandLineParser &)
{
    const QStringList problems = workspace.integrityProblems();
    const int version = workspace.schemaVersion();
    out() << tr("Format version: %1 (this program: %2)").arg(version).arg(Migrations::latestVersion()) << Qt::endl;
    if (version != Migrations::latestVersion())
        return fail(tr("the workspace is not at this program's format version."));
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            err() << problem << Qt::endl;
        return fail(tr("%n problem(s) found.", nullptr, int(problems.size())));
    }
    out() << tr("Integrity: ok") << Qt::endl << tr("Foreign keys: ok") << Qt::endl;
    return 0;
}

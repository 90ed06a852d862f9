#include "DemoCommand.h"

#include "demo/DemoDistrict.h"
#include "storage/Workspace.h"

#include <QFile>

void DemoCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The new workspace file to create, e.g. demo.tuntas."));
    parser.addOption({QStringLiteral("today"), tr("Make the district as it would be on DATE (yyyy-mm-dd) instead of today."), QStringLiteral("DATE")});
}

int DemoCommand::run(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().first();
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return fail(tr("'%1' is not a date; write it as yyyy-mm-dd, e.g. 2024-09-16.").arg(parser.value(QStringLiteral("today"))));
    }
    auto workspace = Workspace::create(path);
    if (!workspace)
        return fail(workspace.error());
    if (Status status = DemoDistrict::populate(**workspace, today); !status) {
        workspace->reset();
        QFile::remove(path);
        return fail(status.error());
    }
    out() << tr("Created the demonstration workspace %1.").arg(path) << Qt::endl;
    return 0;
}

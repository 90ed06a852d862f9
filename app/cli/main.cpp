#include "Command.h"
#include "CommandList.h"
#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <cstring>
#include <unistd.h>
#include <memory>
#include <QTextStream>
#include <cstdio>

namespace {
void printUsage(const std::vector<std::unique_ptr<Command>> &commands, QTextStream &stream)
{
    stream << QCoreApplication::translate("main", "Usage: tuntas-cli COMMAND [OPTIONS] ...") << "\n\n"
           << QCoreApplication::translate("main", "Commands:") << "\n";
    for (const auto &command : commands)
        stream << "  " << command->name().leftJustified(12) << command->description() << "\n";
    stream << "\n"
           << QCoreApplication::translate("main", "'tuntas-cli COMMAND --help' describes a command.") << "\n";
}
}

int main(int argc, char *argv[])
{
    // Documents are laid out with fonts, which need a QGuiApplication; the other commands start
    // faster without one, and no command needs a display.
    const bool laysOutDocuments = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (laysOutDocuments) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt warns on every run where a session (e.g. over ssh or in cron) has no runtime folder.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-tuntas-") + QString::number(getuid());
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
    }
    std::unique_ptr<QCoreApplication> application = laysOutDocuments ? std::make_unique<QGuiApplication>(argc, argv)
                                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    app.setApplicationName(QStringLiteral("tuntas-cli"));
    app.setApplicationVersion(QStringLiteral(TUNTAS_VERSION));
    Language::apply(qEnvironmentVariable("TUNTAS_LANG", Language::defaultLanguage()));

    const auto commands = CommandList::create();
    QStringList arguments = app.arguments();
    arguments.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        printUsage(commands, err);
        return 1;
    }
    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(commands, out);
        return 0;
    }
    if (first == QLatin1String("--version")) {
        out << "tuntas-cli " << TUNTAS_VERSION << "\n";
        return 0;
    }
    for (const auto &command : commands) {
        if (command->name() == first)
            return command->execute(arguments);
    }
    err << QCoreApplication::translate("main", "tuntas-cli: unknown command '%1'.").arg(first) << "\n";
    printUsage(commands, err);
    return 1;
}

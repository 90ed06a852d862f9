#include "Command.h"

#include <cstdio>

QTextStream &Command::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Command::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int Command::fail(const QString &message) const
{
    err() << "tuntas-cli " << name() << ": " << message << Qt::endl;
    return 1;
}

int Command::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    configure(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program; show the subcommand as users type it.
        text.replace(QCoreApplication::applicationFilePath(), QStringLiteral("tuntas-cli ") + name());
        text.replace(QCoreApplication::arguments().value(0), QStringLiteral("tuntas-cli ") + name());
        out() << text;
        out().flush();
        return 0;
    }
    if (parser.positionalArguments().size() < requiredPositionals())
        return fail(tr("missing arguments; see 'tuntas-cli %1 --help'.").arg(name()));
    const int code = run(parser);
    out().flush();
    err().flush();
    return code;
}

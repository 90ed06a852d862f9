#pragma once

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

// One tuntas-cli subcommand, in the style of keepassxc-cli: its own options, help and run().
class Command {
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString description() const = 0;  // one line, translated

    // arguments[0] is the command's name; returns the process exit code.
    int execute(const QStringList &arguments);

protected:
    // Adds the command's options and positional arguments to the parser.
    virtual void configure(QCommandLineParser &parser) = 0;
    // Runs with a parser that has already handled --help and checked the positional count.
    virtual int run(const QCommandLineParser &parser) = 0;
    // How many positional arguments the command needs at least.
    virtual int requiredPositionals() const { return 1; }

    static QTextStream &out();
    static QTextStream &err();
    // Prints "tuntas-cli NAME: message" on stderr and returns the exit code for errors.
    int fail(const QString &message) const;
};

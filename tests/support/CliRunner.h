#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the real tuntas-cli binary, in English, and keeps what it printed.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    static CliRun run(const QStringList &arguments, const QByteArray &language = "en")
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TUNTAS_LANG"), QString::fromLatin1(language));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TUNTAS_CLI_PATH), arguments);
        process.waitForFinished(120000);
        CliRun result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
};

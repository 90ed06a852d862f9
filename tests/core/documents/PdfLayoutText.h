#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// A PDF's text as pdftotext -layout reads it: the lines as printed, a table row's cells side by
// side, so that a group row is read before the rows under it.
class PdfLayoutText {
public:
    static QStringList lines(const QString &pdfPath)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath,
                                                    QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    }
};

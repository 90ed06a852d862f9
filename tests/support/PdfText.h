#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The text of a PDF as pdftotext (poppler-utils) reads it back, one string per page.
class PdfText {
public:
    static QStringList pages(const QString &pdfPath)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        QStringList result = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
        if (!result.isEmpty() && result.last().trimmed().isEmpty())
            result.removeLast();  // pdftotext ends the last page with a form feed too
        return result;
    }
    static QString all(const QString &pdfPath) { return pages(pdfPath).join(QLatin1Char('\n')); }
};

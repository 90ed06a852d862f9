#include "importing/RejectedRowsFile.h"

#include <QSaveFile>

namespace {
QString csvField(QString text)
{
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted << csvField(field);
    return quoted.join(QLatin1Char(';')) + QStringLiteral("\r\n");
}
}

Result<int> RejectedRowsFile::write(const ImportPlan &plan, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1 cannot be written: %2").arg(path, file.errorString())};
    QString text = csvLine(QStringList(plan.header) << tr("Line") << tr("Problems"));
    int count = 0;
    for (const ImportRow &row : plan.rows) {
        if (!row.isRejected())
            continue;
        QStringList fields = row.cells;
        while (fields.size() < plan.header.size())
            fields << QString();
        text += csvLine(fields.mid(0, plan.header.size()) << QString::number(row.line) << row.problems.join(QStringLiteral("; ")));
        ++count;
    }
    file.write("\xEF\xBB\xBF");  // so that Excel reads it as UTF-8
    file.write(text.toUtf8());
    if (!file.commit())
        return Error{tr("%1 cannot be written: %2").arg(path, file.errorString())};
    return count;
}

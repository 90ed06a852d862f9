#include "ExportCommand.h"

#include "storage/ExportRepository.h"

#include <QLocale>
#include <QSaveFile>

namespace {
// Semicolons and decimal commas, as a spreadsheet set to Indonesian expects them.
QString csvField(const QVariant &value)
{
    QString text;
    if (value.isNull())
        text = QString();
    else if (value.typeId() == QMetaType::Double)
        text = QString::number(value.toDouble(), 'g', 15).replace(QLatin1Char('.'), QLatin1Char(','));
    else
        text = value.toString();
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}
}

void ExportCommand::configure(QCommandLineParser &parser)
{
    WorkspaceCommand::configure(parser);
    parser.addPositionalArgument(QStringLiteral("WHAT"), tr("subjects, measurements or cases (cases carry codes, not names)."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The CSV file to write."), QStringLiteral("FILE")});
}

int ExportCommand::run(Workspace &workspace, const QCommandLineParser &parser)
{
    const QString what = parser.positionalArguments().at(1);
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty())
        return fail(tr("give the file to write with -o FILE.csv."));
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return fail(tr("this version writes CSV only; give a file name ending in .csv."));
    ExportRepository exports(workspace);
    Result<ExportTable> table = what == QLatin1String("subjects")       ? exports.subjects()
                                : what == QLatin1String("measurements") ? exports.measurements()
                                : what == QLatin1String("cases")        ? exports.cases()
                                                                        : Result<ExportTable>(Error{tr("'%1' cannot be exported; choose subjects, measurements or cases.").arg(what)});
    if (!table)
        return fail(table.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    QStringList lines;
    lines << table->header.join(QLatin1Char(';'));
    for (const QVariantList &row : table->rows) {
        QStringList fields;
        for (const QVariant &value : row)
            fields << csvField(value);
        lines << fields.join(QLatin1Char(';'));
    }
    file.write("\xEF\xBB\xBF");  // so that Excel reads the file as UTF-8
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    if (!file.commit())
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    out() << tr("Wrote %n row(s) to %1.", nullptr, int(table->rows.size())).arg(path) << Qt::endl;
    return 0;
}

#include "exporting/XlsxTableWriter.h"

#include "exporting/XlsxWriterLibrary.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <filesystem>

namespace {
bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

// Excel counts days from 1900; an earlier date stays text.
bool isExcelDate(const QVariant &value)
{
    return value.typeId() == QMetaType::QDate && value.toDate().isValid() && value.toDate().year() >= 1900;
}

QString displayText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    if (isNumber(value))
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

// Sheet names are at most 31 characters, without []:*?/\ and not quoted.
QByteArray sheetName(const QString &title)
{
    QString name = title;
    for (QChar &c : name) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('-');
    }
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    name = name.left(31).trimmed();
    return name.isEmpty() ? QByteArray("Sheet1") : name.toUtf8();
}

// In characters: the longest value of the column (or line of it), with room for the filter button.
QList<double> columnWidths(const ExportTable &table)
{
    QList<qsizetype> longest;
    for (const QString &name : table.header)
        longest.append(name.size() + 3);
    for (const QVariantList &row : table.rows) {
        for (qsizetype column = 0; column < row.size() && column < longest.size(); ++column) {
            for (const QString &line : displayText(row.at(column)).split(QLatin1Char('\n')))
                longest[column] = std::max(longest[column], line.size());
        }
    }
    QList<double> widths;
    for (qsizetype characters : longest)
        widths.append(double(std::clamp<qsizetype>(characters + 1, 6, 50)));
    return widths;
}

lxw_error writeCell(const XlsxWriterLibrary &x, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QVariant &value, lxw_format *dateFormat)
{
    if (value.isNull())
        return LXW_NO_ERROR;
    if (isExcelDate(value)) {
        const QDate date = value.toDate();
        lxw_datetime datetime{date.year(), date.month(), date.day(), 0, 0, 0.0};
        return x.writeDate(sheet, row, column, &datetime, dateFormat);
    }
    if (isNumber(value))
        return x.writeNumber(sheet, row, column, value.toDouble(), nullptr);
    const QString text = displayText(value);
    if (text.isEmpty())
        return LXW_NO_ERROR;
    return x.writeString(sheet, row, column, text.toUtf8().constData(), nullptr);
}

QString describe(const XlsxWriterLibrary &x, lxw_error error, const ExportTable &table, qsizetype row, qsizetype column)
{
    if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
        return XlsxTableWriter::tr("the text in row %1, column \"%2\" is longer than the 32,767 characters an Excel cell can hold; export to CSV instead")
            .arg(row + 1)
            .arg(table.header.value(column));
    return QString::fromUtf8(x.errorText(error));
}

// Fills the workbook's one sheet; returns what went wrong, empty when every cell was written.
QString fill(const XlsxWriterLibrary &x, lxw_workbook *workbook, const ExportTable &table)
{
    const QByteArray name = sheetName(table.title);
    lxw_worksheet *sheet = x.addWorksheet(workbook, name.constData());
    lxw_format *bold = x.addFormat(workbook);
    lxw_format *date = x.addFormat(workbook);
    if (!sheet || !bold || !date)
        return XlsxTableWriter::tr("not enough memory");
    x.setBold(bold);
    x.setNumberFormat(date, "dd/mm/yyyy");
    for (qsizetype column = 0; column < table.header.size(); ++column) {
        if (lxw_error error = x.writeString(sheet, 0, lxw_col_t(column), table.header.at(column).toUtf8().constData(), bold))
            return describe(x, error, table, 0, column);
    }
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        const QVariantList &values = table.rows.at(row);
        for (qsizetype column = 0; column < values.size(); ++column) {
            if (lxw_error error = writeCell(x, sheet, lxw_row_t(row + 1), lxw_col_t(column), values.at(column), date))
                return describe(x, error, table, row + 1, column);
        }
    }
    const QList<double> widths = columnWidths(table);
    for (qsizetype column = 0; column < widths.size(); ++column)
        x.setColumn(sheet, lxw_col_t(column), lxw_col_t(column), widths.at(column), nullptr);
    x.freezePanes(sheet, 1, 0);
    if (!table.header.isEmpty())
        x.autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.header.size() - 1));
    return {};
}
}

Status XlsxTableWriter::write(const ExportTable &table, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto failed = [&shown](const QString &why) { return Error{tr("%1 cannot be written: %2").arg(shown, why)}; };
    if (table.rows.size() >= MaximumRows)
        return failed(tr("%1 rows do not fit in one Excel sheet; export to CSV instead").arg(table.rows.size()));

    const auto library = XlsxWriterLibrary::instance();
    if (!library)
        return Error{library.error()};
    const XlsxWriterLibrary &x = **library;

    const QFileInfo target(path);
    // Removed when this function returns, unless it has become the target by then.
    QTemporaryFile temporary(target.absoluteFilePath() + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return failed(temporary.errorString());
    temporary.close();
    // An existing file keeps its permissions; a new one gets the usual rw-r--r-- (a temporary file's are rw-------).
    temporary.setPermissions(target.exists() ? target.permissions()
                                             : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);

    lxw_workbook_options options{};
    lxw_workbook *workbook = x.newWorkbook(QFile::encodeName(temporary.fileName()).constData(), &options);
    if (!workbook)
        return failed(tr("not enough memory"));
    const QString problem = fill(x, workbook, table);
    const lxw_error closed = x.closeWorkbook(workbook);  // also frees the workbook
    if (!problem.isEmpty())
        return failed(problem);
    if (closed != LXW_NO_ERROR)
        return failed(QString::fromUtf8(x.errorText(closed)));

    std::error_code error;
    std::filesystem::rename(QFileInfo(temporary.fileName()).filesystemAbsoluteFilePath(), target.filesystemAbsoluteFilePath(), error);
    if (error)
        return failed(QString::fromLocal8Bit(error.message()));
    return {};
}

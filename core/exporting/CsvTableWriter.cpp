#include "exporting/CsvTableWriter.h"

#include <QDate>
#include <QDir>
#include <QSaveFile>
#include <algorithm>

QString CsvTableWriter::field(const QVariant &value)
{
    QString text;
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType:
        break;
    case QMetaType::QDate:
        text = value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        text = QString::number(value.toDouble(), 'g', 15).replace(QLatin1Char('.'), QLatin1Char(','));
        break;
    default:
        text = value.toString();
    }
    const auto special = [](QChar c) { return c == u';' || c == u'"' || c == u'\r' || c == u'\n'; };
    if (std::any_of(text.cbegin(), text.cend(), special))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

Status CsvTableWriter::write(const ExportTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    file.write("\xEF\xBB\xBF");  // so that Excel reads the file as UTF-8
    QStringList fields;
    for (const QString &name : table.header)
        fields.append(field(name));
    file.write(fields.join(QLatin1Char(';')).toUtf8() + "\r\n");
    for (const QVariantList &row : table.rows) {
        fields.clear();
        for (const QVariant &value : row)
            fields.append(field(value));
        file.write(fields.join(QLatin1Char(';')).toUtf8() + "\r\n");
    }
    if (!file.commit())
        return Error{tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

#include "importing/CsvTable.h"

#include "importing/CsvReader.h"

#include <QStringDecoder>
#include <optional>

namespace {
// Windows-1252's letters and signs in 0x80-0x9F, where Latin-1 has control codes; 0 where unused.
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &data)
{
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : data) {
        const auto code = static_cast<unsigned char>(byte);
        const char16_t high = code >= 0x80 && code < 0xA0 ? Windows1252High[code - 0x80] : 0;
        *out++ = QChar(high ? high : char16_t(code));
    }
    return text;
}

bool looksBinary(const QByteArray &data)
{
    return data.left(4096).contains('\0');
}

// UTF-16 saved without a byte order mark: plain text with a zero byte after (or before) each letter.
std::optional<QStringDecoder::Encoding> unmarkedUtf16(const QByteArray &data)
{
    const QByteArray start = data.left(4096);
    if (start.size() < 4)
        return std::nullopt;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i + 1 < start.size(); i += 2) {
        evenZeros += start[i] == 0;
        oddZeros += start[i + 1] == 0;
    }
    const qsizetype pairs = start.size() / 2;
    if (oddZeros > pairs * 9 / 10 && evenZeros == 0)
        return QStringDecoder::Utf16LE;
    if (evenZeros > pairs * 9 / 10 && oddZeros == 0)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}
}

QString CsvTable::decode(const QByteArray &data)
{
    if (data.startsWith("\xFF\xFE"))
        return QStringDecoder(QStringDecoder::Utf16LE).decode(data.mid(2));
    if (data.startsWith("\xFE\xFF"))
        return QStringDecoder(QStringDecoder::Utf16BE).decode(data.mid(2));
    if (auto utf16 = unmarkedUtf16(data))
        return QStringDecoder(*utf16).decode(data);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(data);
    return utf8.hasError() ? fromWindows1252(data) : text;
}

Result<ImportTable> CsvTable::read(const QByteArray &data)
{
    const bool utf16 = data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF") || unmarkedUtf16(data);
    if (!utf16 && looksBinary(data))
        return Error{tr("The file is not a CSV text file. If it is a spreadsheet, save it from Excel as .xlsx or as CSV and import that.")};
    const QByteArray converted = utf16 || !data.isValidUtf8() ? decode(data).toUtf8() : QByteArray();
    CsvReader reader(converted.isNull() ? data : converted);
    std::vector<std::string_view> fields;
    ImportTable table;
    bool haveHeader = false;
    while (reader.next(fields)) {
        QStringList cells;
        cells.reserve(qsizetype(fields.size()));
        bool blank = true;
        for (std::string_view field : fields) {
            cells << QString::fromUtf8(field.data(), qsizetype(field.size()));
            blank = blank && cells.constLast().trimmed().isEmpty();
        }
        if (blank)
            continue;
        if (!haveHeader) {
            for (QString &cell : cells)
                cell = cell.trimmed();
            table.header = cells;
            haveHeader = true;
        } else {
            table.rows.append({reader.lineNumber(), cells});
        }
    }
    if (!haveHeader)
        return Error{tr("The file is empty.")};
    return table;
}

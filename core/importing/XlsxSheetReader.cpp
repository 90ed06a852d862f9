#include "importing/XlsxSheetReader.h"

#include "importing/XlsxValueText.h"
#include "importing/XlsxXml.h"

#include "importing/XmlPullReader.h"

#include <algorithm>
#include <charconv>

XlsxSheetReader::XlsxSheetReader(const QStringList &sharedStrings, const XlsxStyles &styles, bool date1904)
    : m_sharedStrings(sharedStrings), m_styles(styles), m_date1904(date1904)
{
}

namespace {
int toInt(std::string_view text, bool *ok = nullptr)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ok)
        *ok = error == std::errc() && end == text.data() + text.size() && !text.empty();
    return error == std::errc() ? value : 0;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}
}

bool XlsxSheetReader::parseReference(std::string_view reference, int &column, int &row)
{
    if (!reference.empty() && reference.front() == '$')
        reference.remove_prefix(1);
    std::size_t i = 0;
    int letters = 0;
    for (; i < reference.size() && i < 4; ++i) {
        char c = reference[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            break;
        letters = letters * 26 + (c - 'A' + 1);
    }
    if (i < reference.size() && reference[i] == '$')
        ++i;
    bool ok = false;
    const int number = toInt(reference.substr(i), &ok);
    if (letters == 0 || letters > MaxColumn || !ok || number < 1 || number > MaxRow)
        return false;
    column = letters - 1;
    row = number;
    return true;
}

Result<ImportTable> XlsxSheetReader::read(QIODevice *device, const QString &part)
{
    XmlPullReader xml(device);
    m_table = {};
    m_haveHeader = false;
    m_cellCount = 0;
    bool inSheetData = false;
    bool inRow = false;
    int row = 0;
    int column = 0;
    bool rowNumberFromCell = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case XmlPullReader::StartElement:
            if (inRow && xml.name() == "c") {
                if (rowNumberFromCell) {
                    // A row without r="…": its cells' references say which row it is, if they have them.
                    rowNumberFromCell = false;
                    int referencedColumn = 0;
                    int referencedRow = 0;
                    if (parseReference(xml.attribute("r"), referencedColumn, referencedRow))
                        row = referencedRow;
                }
                if (Status cell = readCell(xml, part, column, row); !cell)
                    return Error{cell.error()};
            } else if (inSheetData && xml.name() == "row") {
                inRow = true;
                column = 0;
                m_cells.clear();
                const std::string_view number = xml.attribute("r");
                rowNumberFromCell = number.empty();
                if (rowNumberFromCell) {
                    ++row;
                } else {
                    bool ok = false;
                    row = toInt(number, &ok);
                    if (!ok || row < 1)
                        return XlsxXml::malformed(part, tr("row number \"%1\" is not valid").arg(fromUtf8(number)));
                }
                if (row > MaxRow)
                    return XlsxXml::malformed(part, tr("more than %L1 rows").arg(MaxRow));
            } else if (xml.name() == "sheetData") {
                inSheetData = true;
            }
            break;
        case XmlPullReader::EndElement:
            if (inRow && xml.name() == "row") {
                inRow = false;
                finishRow(row);
                if (m_cellCount > MaxCells)
                    return Error{tr("The worksheet is too large to import (more than %L1 cells). Split it into smaller files.").arg(MaxCells)};
            } else if (xml.name() == "sheetData") {
                inSheetData = false;
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return XlsxXml::malformed(xml, part);
    return std::move(m_table);
}

Status XlsxSheetReader::readCell(XmlPullReader &xml, const QString &part, int &column, int row)
{
    const std::string_view reference = xml.attribute("r");
    if (!reference.empty()) {
        int referencedRow = 0;
        if (!parseReference(reference, column, referencedRow))
            return XlsxXml::malformed(part, tr("row %1: cell reference \"%2\" is not valid").arg(row).arg(fromUtf8(reference)));
    }
    if (column >= MaxColumn)
        return XlsxXml::malformed(part, tr("row %1 has more than %L2 columns").arg(row).arg(MaxColumn));
    // Copied: the views last only until the next token.
    const std::string type(xml.attribute("t"));
    const int styleIndex = toInt(xml.attribute("s"));

    std::string &value = m_value;
    value.clear();
    QString inlineText;
    bool haveInline = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == "v") {
            xml.readElementText(value);
        } else if (xml.name() == "is") {
            inlineText = XlsxXml::readStringItem(xml);
            haveInline = true;
        } else {
            xml.skipCurrentElement();  // the formula <f>, whose result <v> holds; extensions
        }
    }
    if (xml.hasError())
        return {};  // read() reports it

    QString text;
    if (type == "s") {
        bool ok = false;
        const int index = toInt(value, &ok);
        if (!value.empty()) {
            if (!ok || index < 0 || index >= m_sharedStrings.size())
                return XlsxXml::malformed(part, tr("row %1 names a text that is not in the file").arg(row));
            text = m_sharedStrings.at(index);
        }
    } else if (type == "inlineStr") {
        text = haveInline ? inlineText : QString::fromStdString(value);
    } else if (type == "str" || type == "e") {
        text = QString::fromStdString(value);  // a formula's text result; an error such as #N/A
    } else if (type == "b") {
        text = value.empty() ? QString() : XlsxValueText::boolean(value);
    } else if (type == "d") {
        text = XlsxValueText::isoDate(value);
    } else if (!value.empty()) {
        text = m_styles.isDate(styleIndex) ? XlsxValueText::date(value, m_date1904) : XlsxValueText::number(value);
    }
    if (!text.isEmpty()) {
        if (column >= m_cells.size())
            m_cells.resize(column + 1);
        m_cells[column] = std::move(text);
    }
    ++column;
    return {};
}

void XlsxSheetReader::finishRow(int row)
{
    const bool empty = std::all_of(m_cells.cbegin(), m_cells.cend(), [](const QString &cell) {
        return std::all_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isSpace(); });
    });
    if (empty)
        return;
    while (m_cells.last().isEmpty())
        m_cells.removeLast();
    m_cellCount += m_cells.size();
    if (!m_haveHeader) {
        m_table.header = std::move(m_cells);
        m_haveHeader = true;
    } else {
        m_table.rows.append(ImportTable::Row{row, std::move(m_cells)});
    }
    m_cells = QStringList();
}

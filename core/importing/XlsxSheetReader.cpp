#include "importing/XlsxSheetReader.h"

#include "importing/XlsxValueText.h"
#include "importing/XlsxXml.h"

#include <QXmlStreamReader>

XlsxSheetReader::XlsxSheetReader(const QStringList &sharedStrings, const XlsxStyles &styles, bool date1904)
    : m_sharedStrings(sharedStrings), m_styles(styles), m_date1904(date1904)
{
}

bool XlsxSheetReader::parseReference(QStringView reference, int &column, int &row)
{
    qsizetype i = 0;
    int letters = 0;
    if (reference.startsWith(u'$'))
        reference = reference.mid(1);
    while (i < reference.size() && reference.at(i) != u'$' && !reference.at(i).isDigit()) {
        const char16_t c = reference.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z' || ++i > 3)
            return false;
        letters = letters * 26 + (c - u'A' + 1);
    }
    if (i < reference.size() && reference.at(i) == u'$')
        ++i;
    bool ok = false;
    const int number = reference.mid(i).toInt(&ok);
    if (letters == 0 || letters > MaxColumn || !ok || number < 1 || number > MaxRow)
        return false;
    column = letters - 1;
    row = number;
    return true;
}

Result<ImportTable> XlsxSheetReader::read(QIODevice *device, const QString &part)
{
    QXmlStreamReader xml(device);
    m_table = {};
    m_haveHeader = false;
    m_cellCount = 0;
    bool inSheetData = false;
    bool inRow = false;
    int row = 0;
    int column = 0;
    bool rowNumberFromCell = false;
    while (!xml.atEnd() && !xml.hasError()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (inRow && xml.name() == u"c") {
                if (rowNumberFromCell) {
                    // A row without r="…": its cells' references say which row it is, if they have them.
                    rowNumberFromCell = false;
                    int referencedColumn = 0;
                    int referencedRow = 0;
                    if (parseReference(xml.attributes().value(QLatin1String("r")), referencedColumn, referencedRow))
                        row = referencedRow;
                }
                if (Status cell = readCell(xml, part, column, row); !cell)
                    return Error{cell.error()};
            } else if (inSheetData && xml.name() == u"row") {
                inRow = true;
                column = 0;
                m_cells.clear();
                const QStringView number = xml.attributes().value(QLatin1String("r"));
                rowNumberFromCell = number.isEmpty();
                if (rowNumberFromCell) {
                    ++row;
                } else {
                    bool ok = false;
                    row = number.toInt(&ok);
                    if (!ok || row < 1)
                        return XlsxXml::malformed(part, tr("row number \"%1\" is not valid").arg(number.toString()));
                }
                if (row > MaxRow)
                    return XlsxXml::malformed(part, tr("more than %L1 rows").arg(MaxRow));
            } else if (xml.name() == u"sheetData") {
                inSheetData = true;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (inRow && xml.name() == u"row") {
                inRow = false;
                finishRow(row);
                if (m_cellCount > MaxCells)
                    return Error{tr("The worksheet is too large to import (more than %L1 cells). Split it into smaller files.").arg(MaxCells)};
            } else if (xml.name() == u"sheetData") {
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

Status XlsxSheetReader::readCell(QXmlStreamReader &xml, const QString &part, int &column, int row)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView reference = attributes.value(QLatin1String("r"));
    if (!reference.isEmpty()) {
        int referencedRow = 0;
        if (!parseReference(reference, column, referencedRow))
            return XlsxXml::malformed(part, tr("row %1: cell reference \"%2\" is not valid").arg(row).arg(reference.toString()));
    }
    if (column >= MaxColumn)
        return XlsxXml::malformed(part, tr("row %1 has more than %L2 columns").arg(row).arg(MaxColumn));
    const QStringView type = attributes.value(QLatin1String("t"));
    const QStringView style = attributes.value(QLatin1String("s"));
    const int styleIndex = style.isEmpty() ? 0 : style.toInt();

    QString value;
    QString inlineText;
    bool haveInline = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            value = xml.readElementText(QXmlStreamReader::SkipChildElements);
        } else if (xml.name() == u"is") {
            inlineText = XlsxXml::readStringItem(xml);
            haveInline = true;
        } else {
            xml.skipCurrentElement();  // the formula <f>, whose result <v> holds; extensions
        }
    }
    if (xml.hasError())
        return {};  // read() reports it

    QString text;
    if (type == u"s") {
        bool ok = false;
        const int index = QStringView(value).trimmed().toInt(&ok);
        if (!value.isEmpty()) {
            if (!ok || index < 0 || index >= m_sharedStrings.size())
                return XlsxXml::malformed(part, tr("row %1 names a text that is not in the file").arg(row));
            text = m_sharedStrings.at(index);
        }
    } else if (type == u"inlineStr") {
        text = haveInline ? inlineText : value;
    } else if (type == u"str" || type == u"e") {
        text = value;  // a formula's text result; an error such as #N/A
    } else if (type == u"b") {
        text = value.isEmpty() ? QString() : XlsxValueText::boolean(value);
    } else if (type == u"d") {
        text = XlsxValueText::isoDate(value);
    } else if (!value.isEmpty()) {
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
    bool empty = true;
    for (const QString &cell : std::as_const(m_cells)) {
        if (!cell.trimmed().isEmpty()) {
            empty = false;
            break;
        }
    }
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

#include "exporting/XlsxWorksheet.h"

#include "exporting/XlsxCellValue.h"
#include "exporting/XlsxStringTable.h"
#include "exporting/XlsxStyleSheet.h"
#include "exporting/XmlPartWriter.h"

#include <QLocale>
#include <algorithm>

namespace {
const QString Namespace = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");

qsizetype columnCount(const ExportTable &table)
{
    qsizetype columns = table.header.size();
    for (const QVariantList &row : table.rows)
        columns = std::max(columns, row.size());
    return columns;
}

// Excel's width of a column of so many characters: the characters of its default font's digit
// width (7 pixels) and 5 pixels of padding, in 1/256ths of a character.
double excelWidth(qsizetype characters)
{
    return double(characters) + 182.0 / 256.0;
}

void writeCell(QXmlStreamWriter &xml, const QString &reference, const XlsxCellValue &cell, XlsxStyleSheet::Style textStyle, XlsxStringTable &strings)
{
    static const QString styles[] = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    xml.writeStartElement(QStringLiteral("c"));
    xml.writeAttribute(QStringLiteral("r"), reference);
    switch (cell.kind) {
    case XlsxCellValue::Kind::Number:
        xml.writeAttribute(QStringLiteral("s"), styles[XlsxStyleSheet::Number]);
        xml.writeTextElement(QStringLiteral("v"), cell.text);
        break;
    case XlsxCellValue::Kind::Date:
        xml.writeAttribute(QStringLiteral("s"), styles[XlsxStyleSheet::Date]);
        xml.writeTextElement(QStringLiteral("v"), cell.text);
        break;
    case XlsxCellValue::Kind::Empty:  // not written at all
        break;
    case XlsxCellValue::Kind::Text:
        if (textStyle != XlsxStyleSheet::Default)
            xml.writeAttribute(QStringLiteral("s"), styles[textStyle]);
        xml.writeAttribute(QStringLiteral("t"), QStringLiteral("s"));
        xml.writeTextElement(QStringLiteral("v"), QString::number(strings.indexOf(cell.text)));
        break;
    }
    xml.writeEndElement();
}

// The first row frozen, so that the header stays in view while scrolling.
void writeSheetViews(QXmlStreamWriter &xml)
{
    xml.writeStartElement(QStringLiteral("sheetViews"));
    xml.writeStartElement(QStringLiteral("sheetView"));
    xml.writeAttribute(QStringLiteral("tabSelected"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("pane"));
    xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    xml.writeEmptyElement(QStringLiteral("selection"));
    xml.writeAttribute(QStringLiteral("pane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("activeCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("sqref"), QStringLiteral("A2"));
    xml.writeEndElement();
    xml.writeEndElement();
}
}

Result<XlsxWorksheet> XlsxWorksheet::of(const ExportTable &table)
{
    if (table.rows.size() + 1 > MaximumRows)
        return Error{tr("%1 rows do not fit in one Excel sheet; export to CSV instead").arg(table.rows.size())};
    const qsizetype columns = columnCount(table);
    if (columns > MaximumColumns)
        return Error{tr("%1 columns do not fit in one Excel sheet; export to CSV instead").arg(columns)};

    // In characters: the longest value of the column (or line of it), the header with room for its filter button.
    QList<qsizetype> longest(columns, 0);
    const auto measure = [&](const XlsxCellValue &cell, qsizetype row, qsizetype column) {
        if (cell.kind == XlsxCellValue::Kind::Text && cell.text.size() > MaximumTextLength) {
            const QString name = table.header.value(column);
            return Status(Error{tr("the text in row %1, column \"%2\" is longer than the 32,767 characters an Excel cell can hold; export to CSV instead")
                                    .arg(row + 1)
                                    .arg(name.isEmpty() ? columnName(column) : name)});
        }
        longest[column] = std::max(longest[column], cell.shownWidth() + (row == 0 ? 3 : 0));
        return Status();
    };
    for (qsizetype column = 0; column < table.header.size(); ++column) {
        if (Status fits = measure(XlsxCellValue::of(table.header.at(column)), 0, column); !fits)
            return Error{fits.error()};
    }
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        const QVariantList &values = table.rows.at(row);
        for (qsizetype column = 0; column < values.size(); ++column) {
            if (Status fits = measure(XlsxCellValue::of(values.at(column)), row + 1, column); !fits)
                return Error{fits.error()};
        }
    }
    XlsxWorksheet sheet(table);
    for (qsizetype characters : longest)
        sheet.m_widths.append(excelWidth(std::clamp<qsizetype>(characters + 1, 6, 50)));
    return sheet;
}

QString XlsxWorksheet::name() const
{
    QString name = XlsxCellValue::xmlSafe(m_table->title);
    // Excel refuses []:*?/\ in a sheet name, and more than 31 characters.
    for (QChar &c : name) {
        if (QStringLiteral("[]:*?/\\\n\t").contains(c))
            c = QLatin1Char('-');
    }
    // Nor may it begin or end with an apostrophe; spaces there would only confuse.
    const auto trim = [&name] {
        while (!name.isEmpty() && (name.front() == u'\'' || name.front().isSpace()))
            name.remove(0, 1);
        while (!name.isEmpty() && (name.back() == u'\'' || name.back().isSpace()))
            name.chop(1);
    };
    trim();
    name.truncate(name.size() > 31 && name.at(30).isHighSurrogate() ? 30 : 31);
    trim();
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

QString XlsxWorksheet::filterRange() const
{
    if (m_table->header.isEmpty())
        return {};
    return QStringLiteral("$A$1:$%1$%2").arg(columnName(m_table->header.size() - 1)).arg(m_table->rows.size() + 1);
}

bool XlsxWorksheet::write(QIODevice &device, XlsxStringTable &strings) const
{
    QStringList columnNames;
    for (qsizetype column = 0; column < m_widths.size(); ++column)
        columnNames.append(columnName(column));

    XmlPartWriter part(device);
    QXmlStreamWriter &xml = part.xml();
    xml.writeStartElement(QStringLiteral("worksheet"));
    xml.writeDefaultNamespace(Namespace);
    xml.writeEmptyElement(QStringLiteral("dimension"));
    xml.writeAttribute(QStringLiteral("ref"), columnNames.isEmpty() ? QStringLiteral("A1")
                                                                      : QStringLiteral("A1:%1%2").arg(columnNames.last()).arg(m_table->rows.size() + 1));
    writeSheetViews(xml);
    xml.writeEmptyElement(QStringLiteral("sheetFormatPr"));
    xml.writeAttribute(QStringLiteral("defaultRowHeight"), QStringLiteral("15"));
    if (!m_widths.isEmpty()) {
        xml.writeStartElement(QStringLiteral("cols"));
        for (qsizetype column = 0; column < m_widths.size(); ++column) {
            xml.writeEmptyElement(QStringLiteral("col"));
            xml.writeAttribute(QStringLiteral("min"), QString::number(column + 1));
            xml.writeAttribute(QStringLiteral("max"), QString::number(column + 1));
            xml.writeAttribute(QStringLiteral("width"), QString::number(m_widths.at(column), 'g', QLocale::FloatingPointShortest));
            xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
        }
        xml.writeEndElement();
    }

    xml.writeStartElement(QStringLiteral("sheetData"));
    // A row without a value is left out, as is an empty cell.
    const auto writeRow = [&](qsizetype row, const auto &values, XlsxStyleSheet::Style textStyle) {
        const QString number = QString::number(row + 1);
        bool started = false;
        for (qsizetype column = 0; column < values.size(); ++column) {
            const XlsxCellValue cell = XlsxCellValue::of(values.at(column));
            if (cell.kind == XlsxCellValue::Kind::Empty)
                continue;
            if (!started) {
                xml.writeStartElement(QStringLiteral("row"));
                xml.writeAttribute(QStringLiteral("r"), number);
                started = true;
            }
            writeCell(xml, columnNames.at(column) + number, cell, textStyle, strings);
        }
        if (started)
            xml.writeEndElement();
    };
    writeRow(0, m_table->header, XlsxStyleSheet::Header);
    for (qsizetype row = 0; row < m_table->rows.size(); ++row) {
        writeRow(row + 1, m_table->rows.at(row), XlsxStyleSheet::Default);
        if (!part.passBlock())
            return false;
    }
    xml.writeEndElement();

    if (const QString range = filterRange(); !range.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("autoFilter"));
        xml.writeAttribute(QStringLiteral("ref"), QString(range).remove(QLatin1Char('$')));
    }
    xml.writeEmptyElement(QStringLiteral("pageMargins"));
    for (const auto &[side, inches] : {std::pair{"left", "0.7"}, {"right", "0.7"}, {"top", "0.75"}, {"bottom", "0.75"}, {"header", "0.3"}, {"footer", "0.3"}})
        xml.writeAttribute(QLatin1String(side), QLatin1String(inches));
    return part.finish();
}

QString XlsxWorksheet::columnName(qsizetype column)
{
    QString name;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return name;
}

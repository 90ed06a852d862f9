#include "exporting/XlsxStyleSheet.h"

#include "exporting/XmlPartWriter.h"

namespace {
const int DateFormat = 164;  // the first number format id a workbook may define itself

void writeFont(QXmlStreamWriter &xml, bool bold)
{
    xml.writeStartElement(QStringLiteral("font"));
    if (bold)
        xml.writeEmptyElement(QStringLiteral("b"));
    xml.writeEmptyElement(QStringLiteral("sz"));
    xml.writeAttribute(QStringLiteral("val"), QStringLiteral("11"));
    xml.writeEmptyElement(QStringLiteral("name"));
    xml.writeAttribute(QStringLiteral("val"), QStringLiteral("Calibri"));
    xml.writeEmptyElement(QStringLiteral("family"));
    xml.writeAttribute(QStringLiteral("val"), QStringLiteral("2"));
    xml.writeEndElement();
}

void writeFill(QXmlStreamWriter &xml, const QString &pattern)
{
    xml.writeStartElement(QStringLiteral("fill"));
    xml.writeEmptyElement(QStringLiteral("patternFill"));
    xml.writeAttribute(QStringLiteral("patternType"), pattern);
    xml.writeEndElement();
}

void writeCellFormat(QXmlStreamWriter &xml, int numberFormat, int font)
{
    xml.writeEmptyElement(QStringLiteral("xf"));
    xml.writeAttribute(QStringLiteral("numFmtId"), QString::number(numberFormat));
    xml.writeAttribute(QStringLiteral("fontId"), QString::number(font));
    xml.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("borderId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
    if (numberFormat != 0)
        xml.writeAttribute(QStringLiteral("applyNumberFormat"), QStringLiteral("1"));
    if (font != 0)
        xml.writeAttribute(QStringLiteral("applyFont"), QStringLiteral("1"));
}
}

bool XlsxStyleSheet::write(QIODevice &device)
{
    XmlPartWriter part(device);
    QXmlStreamWriter &xml = part.xml();
    xml.writeStartElement(QStringLiteral("styleSheet"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));

    xml.writeStartElement(QStringLiteral("numFmts"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("numFmt"));
    xml.writeAttribute(QStringLiteral("numFmtId"), QString::number(DateFormat));
    xml.writeAttribute(QStringLiteral("formatCode"), QStringLiteral("dd/mm/yyyy"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("fonts"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    writeFont(xml, false);
    writeFont(xml, true);
    xml.writeEndElement();

    // Excel expects these two fills first, whether used or not.
    xml.writeStartElement(QStringLiteral("fills"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    writeFill(xml, QStringLiteral("none"));
    writeFill(xml, QStringLiteral("gray125"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("borders"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeStartElement(QStringLiteral("border"));
    for (const char *side : {"left", "right", "top", "bottom", "diagonal"})
        xml.writeEmptyElement(QLatin1String(side));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("cellStyleXfs"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("xf"));
    xml.writeAttribute(QStringLiteral("numFmtId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("fontId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("borderId"), QStringLiteral("0"));
    xml.writeEndElement();

    // In the order of Style.
    xml.writeStartElement(QStringLiteral("cellXfs"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("4"));
    writeCellFormat(xml, 0, 0);
    writeCellFormat(xml, 0, 1);
    writeCellFormat(xml, DateFormat, 0);
    writeCellFormat(xml, 0, 0);  // General: as many decimals as the number has, in the reader's own decimal sign
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("cellStyles"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("cellStyle"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Normal"));
    xml.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("builtinId"), QStringLiteral("0"));
    xml.writeEndElement();

    return part.finish();
}

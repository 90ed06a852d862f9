#include "exporting/XlsxStringTable.h"

#include "exporting/XmlPartWriter.h"

qsizetype XlsxStringTable::indexOf(const QString &text)
{
    ++m_references;
    if (const auto found = m_indexes.constFind(text); found != m_indexes.cend())
        return found.value();
    m_indexes.insert(text, m_strings.size());
    m_strings.append(text);
    return m_strings.size() - 1;
}

bool XlsxStringTable::write(QIODevice &device) const
{
    XmlPartWriter part(device);
    QXmlStreamWriter &xml = part.xml();
    xml.writeStartElement(QStringLiteral("sst"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
    xml.writeAttribute(QStringLiteral("count"), QString::number(m_references));
    xml.writeAttribute(QStringLiteral("uniqueCount"), QString::number(m_strings.size()));
    for (const QString &text : m_strings) {
        xml.writeStartElement(QStringLiteral("si"));
        xml.writeStartElement(QStringLiteral("t"));
        // Without it, spaces at either end (or a text of spaces) would be dropped on reading.
        if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeEndElement();
        if (!part.passBlock())
            return false;
    }
    return part.finish();
}

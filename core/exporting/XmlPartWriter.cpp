#include "exporting/XmlPartWriter.h"

#include <QIODevice>

XmlPartWriter::XmlPartWriter(QIODevice &device) : m_device(device), m_xml(&m_text)
{
    // Written here because QXmlStreamWriter leaves the encoding out when it writes into text.
    m_failed = m_device.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") < 0;
    m_text.reserve(BlockSize + 4096);
}

bool XmlPartWriter::passBlock()
{
    return m_text.size() < BlockSize ? !m_failed : pass();
}

bool XmlPartWriter::finish()
{
    m_xml.writeEndDocument();
    return pass();
}

bool XmlPartWriter::pass()
{
    const QByteArray block = m_text.toUtf8();
    if (m_device.write(block) != block.size())
        m_failed = true;
    // QXmlStreamWriter only ever appends to the text, so it may be emptied in between.
    m_text.resize(0);  // keeps its capacity
    return !m_failed;
}

#pragma once

#include <QString>
#include <QXmlStreamWriter>

class QIODevice;

// Writes one XML part of a package to a device, as UTF-8 with its XML declaration: through a
// QXmlStreamWriter into text, passed on in blocks. (Given the device itself, QXmlStreamWriter
// converts and writes every name, attribute and value on its own, and a zip entry compresses each
// such write apart: a large sheet took twice as long.)
class XmlPartWriter {
public:
    explicit XmlPartWriter(QIODevice &device);

    QXmlStreamWriter &xml() { return m_xml; }
    // Passes on what is written so far once it makes a block; false when the device refused it.
    bool passBlock();
    // Ends the document and passes on the rest; false when the device refused anything.
    bool finish();

private:
    bool pass();

    static constexpr qsizetype BlockSize = 128 * 1024;
    QIODevice &m_device;
    QString m_text;
    QXmlStreamWriter m_xml;
    bool m_failed = false;
};

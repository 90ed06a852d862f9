#include "importing/XlsxSharedStrings.h"

#include "importing/XlsxXml.h"

#include "importing/XmlPullReader.h"

#include <charconv>

Result<QStringList> XlsxSharedStrings::read(QIODevice *device, const QString &part)
{
    XmlPullReader xml(device);
    QStringList strings;
    while (!xml.atEnd()) {
        if (xml.readNext() != XmlPullReader::StartElement)
            continue;
        if (xml.name() == "sst") {
            const std::string_view unique = xml.attribute("uniqueCount");
            qsizetype count = 0;
            std::from_chars(unique.data(), unique.data() + unique.size(), count);
            if (count > 0 && count <= MaxStrings)
                strings.reserve(count);
        } else if (xml.name() == "si") {
            if (strings.size() == MaxStrings)
                return XlsxXml::malformed(part, tr("more than %L1 texts").arg(MaxStrings));
            strings << XlsxXml::readStringItem(xml);
        }
    }
    if (xml.hasError())
        return XlsxXml::malformed(xml, part);
    return strings;
}

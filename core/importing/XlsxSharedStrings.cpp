#include "importing/XlsxSharedStrings.h"

#include "importing/XlsxXml.h"

#include <QXmlStreamReader>

Result<QStringList> XlsxSharedStrings::read(QIODevice *device, const QString &part)
{
    QXmlStreamReader xml(device);
    QStringList strings;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sst") {
            const int count = xml.attributes().value(QLatin1String("uniqueCount")).toInt();
            if (count > 0 && count <= MaxStrings)
                strings.reserve(count);
        } else if (xml.name() == u"si") {
            if (strings.size() == MaxStrings)
                return XlsxXml::malformed(part, tr("more than %L1 texts").arg(MaxStrings));
            strings << XlsxXml::readStringItem(xml);
        }
    }
    if (xml.hasError())
        return XlsxXml::malformed(xml, part);
    return strings;
}

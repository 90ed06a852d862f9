#include "importing/XlsxWorkbook.h"

#include "importing/XlsxXml.h"

#include <QXmlStreamReader>

Error XlsxWorkbook::notAWorkbook()
{
    return Error{tr("The file is a zip archive but not an Excel workbook (.xlsx). Choose the workbook itself, or a CSV file.")};
}

Result<XlsxWorkbook> XlsxWorkbook::read(QIODevice *device, const QString &part)
{
    QXmlStreamReader xml(device);
    if (!xml.readNextStartElement()) {
        if (xml.hasError())
            return XlsxXml::malformed(xml, part);
        return notAWorkbook();
    }
    if (xml.name() != u"workbook")
        return notAWorkbook();
    XlsxWorkbook workbook;
    bool haveSheet = false;
    bool haveVisibleSheet = false;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QStringView flag = xml.attributes().value(QLatin1String("date1904"));
            workbook.date1904 = flag == u"1" || flag == u"true";
        } else if (xml.name() == u"sheet" && !haveVisibleSheet) {
            // The first tab the user sees: hidden sheets (lookup lists, macros' data) are passed
            // over, unless every sheet is hidden.
            const QXmlStreamAttributes attributes = xml.attributes();
            const bool visible = attributes.value(QLatin1String("state")).isEmpty() || attributes.value(QLatin1String("state")) == u"visible";
            if (haveSheet && !visible)
                continue;
            haveSheet = true;
            haveVisibleSheet = visible;
            workbook.firstSheetName = attributes.value(QLatin1String("name")).toString();
            // r:id, in the relationships namespace (transitional or strict).
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    workbook.firstSheetRelationshipId = attribute.value().toString();
            }
        }
    }
    if (xml.hasError())
        return XlsxXml::malformed(xml, part);
    if (!haveSheet)
        return Error{tr("The workbook has no worksheet. Open it in Excel or LibreOffice and check that it holds the data.")};
    return workbook;
}

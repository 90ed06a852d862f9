#include "exporting/XlsxPackageParts.h"

#include "exporting/XmlPartWriter.h"

namespace {
const QString SpreadsheetMl = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString Relationships = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString PackageRelationships = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

void start(QXmlStreamWriter &xml, const QString &root, const QString &ns)
{
    xml.writeStartElement(root);
    xml.writeDefaultNamespace(ns);
}

void writeRelationship(QXmlStreamWriter &xml, int id, const QString &type, const QString &target)
{
    xml.writeEmptyElement(QStringLiteral("Relationship"));
    xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(id));
    xml.writeAttribute(QStringLiteral("Type"), type);
    xml.writeAttribute(QStringLiteral("Target"), target);
}
}

bool XlsxPackageParts::writeContentTypes(QIODevice &device)
{
    XmlPartWriter part(device);
    QXmlStreamWriter &xml = part.xml();
    start(xml, QStringLiteral("Types"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    const auto add = [&xml](const QString &element, const QString &key, const QString &value, const QString &type) {
        xml.writeEmptyElement(element);
        xml.writeAttribute(key, value);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    };
    add(QStringLiteral("Default"), QStringLiteral("Extension"), QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    add(QStringLiteral("Default"), QStringLiteral("Extension"), QStringLiteral("xml"), QStringLiteral("application/xml"));
    const QString override = QStringLiteral("Override");
    const QString partName = QStringLiteral("PartName");
    const QString officeDocument = QStringLiteral("application/vnd.openxmlformats-officedocument.");
    add(override, partName, QStringLiteral("/xl/workbook.xml"), officeDocument + QStringLiteral("spreadsheetml.sheet.main+xml"));
    add(override, partName, QLatin1Char('/') + Worksheet, officeDocument + QStringLiteral("spreadsheetml.worksheet+xml"));
    add(override, partName, QLatin1Char('/') + Styles, officeDocument + QStringLiteral("spreadsheetml.styles+xml"));
    add(override, partName, QLatin1Char('/') + SharedStrings, officeDocument + QStringLiteral("spreadsheetml.sharedStrings+xml"));
    add(override, partName, QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    add(override, partName, QStringLiteral("/docProps/app.xml"), officeDocument + QStringLiteral("extended-properties+xml"));
    return part.finish();
}

bool XlsxPackageParts::writePackageRelationships(QIODevice &device)
{
    XmlPartWriter part(device);
    QXmlStreamWriter &xml = part.xml();
    start(xml, QStringLiteral("Relationships"), PackageRelationships);
    writeRelationship(xml, 1, Relationships + QStringLiteral("/officeDocument"), QStringLiteral("xl/workbook.xml"));
    writeRelationship(xml, 2, QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                      QStringLiteral("docProps/core.xml"));
    writeRelationship(xml, 3, Relationships + QStringLiteral("/extended-properties"), QStringLiteral("docProps/app.xml"));
    return part.finish();
}

bool XlsxPackageParts::writeApplicationProperties(QIODevice &device, const QString &sheetName)
{
    const QString types = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
    XmlPartWriter part(device);
    QXmlStreamWriter &xml = part.xml();
    start(xml, QStringLiteral("Properties"), QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    xml.writeNamespace(types, QStringLiteral("vt"));
    xml.writeTextElement(QStringLiteral("Application"), QStringLiteral("Tuntas"));
    // What Excel lists under the file's properties: one worksheet, by name.
    xml.writeStartElement(QStringLiteral("HeadingPairs"));
    xml.writeStartElement(types, QStringLiteral("vector"));
    xml.writeAttribute(QStringLiteral("size"), QStringLiteral("2"));
    xml.writeAttribute(QStringLiteral("baseType"), QStringLiteral("variant"));
    xml.writeStartElement(types, QStringLiteral("variant"));
    xml.writeTextElement(types, QStringLiteral("lpstr"), QStringLiteral("Worksheets"));
    xml.writeEndElement();
    xml.writeStartElement(types, QStringLiteral("variant"));
    xml.writeTextElement(types, QStringLiteral("i4"), QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("TitlesOfParts"));
    xml.writeStartElement(types, QStringLiteral("vector"));
    xml.writeAttribute(QStringLiteral("size"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("baseType"), QStringLiteral("lpstr"));
    xml.writeTextElement(types, QStringLiteral("lpstr"), sheetName);
    xml.writeEndElement();
    xml.writeEndElement();
    return part.finish();
}

bool XlsxPackageParts::writeCoreProperties(QIODevice &device, const QDateTime &created)
{
    const QString terms = QStringLiteral("http://purl.org/dc/terms/");
    const QString schema = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    const QString when = created.toUTC().toString(Qt::ISODate);
    XmlPartWriter part(device);
    QXmlStreamWriter &xml = part.xml();
    xml.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"), QStringLiteral("cp"));
    xml.writeNamespace(terms, QStringLiteral("dcterms"));
    xml.writeNamespace(schema, QStringLiteral("xsi"));
    xml.writeStartElement(QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"), QStringLiteral("coreProperties"));
    for (const QString &name : {QStringLiteral("created"), QStringLiteral("modified")}) {
        xml.writeStartElement(terms, name);
        xml.writeAttribute(schema, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        xml.writeCharacters(when);
        xml.writeEndElement();
    }
    return part.finish();
}

bool XlsxPackageParts::writeWorkbook(QIODevice &device, const QString &sheetName, const QString &filterRange)
{
    XmlPartWriter part(device);
    QXmlStreamWriter &xml = part.xml();
    start(xml, QStringLiteral("workbook"), SpreadsheetMl);
    xml.writeNamespace(Relationships, QStringLiteral("r"));
    xml.writeStartElement(QStringLiteral("bookViews"));
    xml.writeEmptyElement(QStringLiteral("workbookView"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("sheets"));
    xml.writeEmptyElement(QStringLiteral("sheet"));
    xml.writeAttribute(QStringLiteral("name"), sheetName);
    xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    xml.writeAttribute(Relationships, QStringLiteral("id"), QStringLiteral("rId1"));
    xml.writeEndElement();
    if (!filterRange.isEmpty()) {
        // Excel keeps an autofilter's range under this hidden name; without it the filter is lost on saving.
        xml.writeStartElement(QStringLiteral("definedNames"));
        xml.writeStartElement(QStringLiteral("definedName"));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("_xlnm._FilterDatabase"));
        xml.writeAttribute(QStringLiteral("localSheetId"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("hidden"), QStringLiteral("1"));
        QString quoted = sheetName;
        xml.writeCharacters(QLatin1Char('\'') + quoted.replace(QLatin1Char('\''), QStringLiteral("''")) + QStringLiteral("'!") + filterRange);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    return part.finish();
}

bool XlsxPackageParts::writeWorkbookRelationships(QIODevice &device)
{
    XmlPartWriter part(device);
    QXmlStreamWriter &xml = part.xml();
    start(xml, QStringLiteral("Relationships"), PackageRelationships);
    // Targets are relative to xl/.
    writeRelationship(xml, 1, Relationships + QStringLiteral("/worksheet"), Worksheet.mid(3));
    writeRelationship(xml, 2, Relationships + QStringLiteral("/styles"), Styles.mid(3));
    writeRelationship(xml, 3, Relationships + QStringLiteral("/sharedStrings"), SharedStrings.mid(3));
    return part.finish();
}

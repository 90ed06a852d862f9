#include "importing/XlsxXml.h"

#include "importing/XmlPullReader.h"

#include <QXmlStreamReader>

QString XlsxXml::readStringItem(XmlPullReader &xml)
{
    QString text;
    int depth = 1;
    bool inRun = false;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case XmlPullReader::StartElement:
            if (xml.name() == "t" && (depth == 1 || (depth == 2 && inRun))) {
                text += readText(xml);
            } else if (xml.name() == "r" && depth == 1) {
                inRun = true;
                ++depth;
            } else {
                xml.skipCurrentElement();
            }
            break;
        case XmlPullReader::EndElement:
            --depth;
            inRun = false;
            break;
        default:
            break;
        }
    }
    return text;
}

QString XlsxXml::readText(XmlPullReader &xml)
{
    const bool preserve = xml.attribute("xml:space") == "preserve";
    QString text = xml.readElementText();
    if (!preserve) {
        qsizetype begin = 0;
        qsizetype end = text.size();
        auto isXmlSpace = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; };
        while (begin < end && isXmlSpace(text.at(begin)))
            ++begin;
        while (end > begin && isXmlSpace(text.at(end - 1)))
            --end;
        if (begin > 0 || end < text.size())
            text = text.mid(begin, end - begin);
    }
    return text.contains(u"_x") ? decodeEscapes(text) : text;
}

QString XlsxXml::decodeEscapes(const QString &text)
{
    // ST_Xstring: a character XML cannot carry (such as a carriage return) is written _x000D_,
    // and an underscore that would look like an escape is written _x005F_.
    QString decoded;
    decoded.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                decoded += QChar(char16_t(code));
                i += 7;
                continue;
            }
        }
        decoded += text.at(i++);
    }
    return decoded;
}

Error XlsxXml::malformed(const QXmlStreamReader &xml, const QString &part)
{
    return malformed(part, tr("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString()));
}

Error XlsxXml::malformed(const XmlPullReader &xml, const QString &part)
{
    return malformed(part, tr("at byte %1: %2").arg(xml.errorOffset()).arg(xml.errorString()));
}

Error XlsxXml::malformed(const QString &part, const QString &problem)
{
    return Error{tr("The file is damaged: its part %1 cannot be read (%2). Open the file in Excel or LibreOffice, "
                    "save it again as .xlsx and import that copy.")
                     .arg(part, problem)};
}

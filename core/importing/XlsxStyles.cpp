#include "importing/XlsxStyles.h"

#include "importing/XlsxXml.h"

#include <QHash>
#include <QXmlStreamReader>

bool XlsxStyles::isBuiltInDateFormat(int numFmtId)
{
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47);
}

bool XlsxStyles::isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            if (close < 0)
                return false;
            i = close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            if (close < 0)
                return false;
            i = close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;  // the next character is literal (\), a space of its width (_) or a fill (*)
        } else {
            switch (c.toLower().unicode()) {
            case u'd':
            case u'm':
            case u'y':
            case u'h':
            case u's':
                return true;
            default:
                break;
            }
        }
    }
    return false;
}

Result<XlsxStyles> XlsxStyles::read(QIODevice *device, const QString &part)
{
    // Excel allows 64,000 cell formats; more only come from a broken or hostile file.
    constexpr int MaxFormats = 100000;
    QXmlStreamReader xml(device);
    QHash<int, bool> customDate;
    std::vector<int> cellFormats;
    QString parentName;
    while (!xml.atEnd() && !xml.hasError()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"numFmts" || xml.name() == u"cellXfs") {
                parentName = xml.name().toString();
            } else if (parentName == u"numFmts" && xml.name() == u"numFmt" && customDate.size() < MaxFormats) {
                const QXmlStreamAttributes a = xml.attributes();
                customDate.insert(a.value(QLatin1String("numFmtId")).toInt(), isDateFormatCode(a.value(QLatin1String("formatCode"))));
            } else if (parentName == u"cellXfs" && xml.name() == u"xf" && cellFormats.size() < std::size_t(MaxFormats)) {
                cellFormats.push_back(xml.attributes().value(QLatin1String("numFmtId")).toInt());
            }
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == parentName)
                parentName.clear();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return XlsxXml::malformed(xml, part);
    XlsxStyles styles;
    styles.m_dateStyles.reserve(cellFormats.size());
    for (int id : cellFormats) {
        const auto custom = customDate.constFind(id);
        styles.m_dateStyles.push_back(custom != customDate.cend() ? *custom : isBuiltInDateFormat(id));
    }
    return styles;
}

#include <catch2/catch.hpp>

#include "importing/XmlPullReader.h"

#include <QBuffer>
#include <QStringList>
#include <QXmlStreamReader>

// XmlPullReader must read what QXmlStreamReader reads, token for token, and refuse what it refuses.
namespace {
QString qt(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Start tags with their attributes, end tags and text (adjacent pieces joined), or "error".
QStringList pullTokens(const QByteArray &xml)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    XmlPullReader reader(&buffer);
    QStringList tokens;
    QString text;
    auto flush = [&] {
        if (!text.isEmpty())
            tokens << QStringLiteral("text ") + text;
        text.clear();
    };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case XmlPullReader::StartElement: {
            flush();
            QString token = QStringLiteral("<") + qt(reader.name());
            for (const char *name : {"r", "t", "xml:space", "a"}) {
                if (!reader.attribute(name).empty())
                    token += QStringLiteral(" %1=%2").arg(QLatin1String(name), qt(reader.attribute(name)));
            }
            tokens << token;
            break;
        }
        case XmlPullReader::EndElement:
            flush();
            tokens << QStringLiteral("</") + qt(reader.name());
            break;
        case XmlPullReader::Characters:
            text += qt(reader.text());
            break;
        default:
            break;
        }
    }
    flush();
    if (reader.hasError())
        tokens << QStringLiteral("error");
    return tokens;
}

QStringList qtTokens(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QStringList tokens;
    QString text;
    auto flush = [&] {
        if (!text.isEmpty())
            tokens << QStringLiteral("text ") + text;
        text.clear();
    };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            flush();
            QString token = QStringLiteral("<") + reader.name().toString();
            for (const char *name : {"r", "t", "xml:space", "a"}) {
                const QStringView value = reader.attributes().value(QLatin1String(name));
                if (!value.isEmpty())
                    token += QStringLiteral(" %1=%2").arg(QLatin1String(name), value.toString());
            }
            tokens << token;
            break;
        }
        case QXmlStreamReader::EndElement:
            flush();
            tokens << QStringLiteral("</") + reader.name().toString();
            break;
        case QXmlStreamReader::Characters:
            text += reader.text().toString();
            break;
        default:
            break;
        }
    }
    flush();
    if (reader.hasError())
        tokens << QStringLiteral("error");
    return tokens;
}
}

TEST_CASE("XmlPullReader reads elements, attributes, references, CDATA and comments as QXmlStreamReader does", "[xlsx]")
{
    const QByteArray documents[] = {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<a><b r=\"A1\" t='s'>x</b><c/></a>",
        "\xEF\xBB\xBF<x:sheetData xmlns:x=\"urn:x\"><x:row r=\"1\"><x:c r=\"B1\"><x:v>42</x:v></x:c></x:row></x:sheetData>",
        "<a t=\"&lt;&amp;&gt;&quot;&apos;\">&#233;&#xE9;&#x1F600; Dédé &amp; Nur'aini</a>",
        "<a><!-- a </b> comment --><?pi data?><![CDATA[<not a tag> & ]]>rest</a>",
        "<a xml:space=\"preserve\">  spaced\r\nline  </a>\n<!-- after -->\n",
        "<a a=\"tab\tand\nline\">x</a>",
    };
    for (const QByteArray &xml : documents) {
        INFO(xml.toStdString());
        CHECK(pullTokens(xml) == qtTokens(xml));
        CHECK_FALSE(pullTokens(xml).contains(QStringLiteral("error")));
    }
}

TEST_CASE("XmlPullReader reads tokens that cross its buffer's edges", "[xlsx]")
{
    QByteArray xml = "<sheetData>";
    for (int i = 0; i < 40000; ++i)
        xml += "<row r=\"" + QByteArray::number(i + 1) + "\"><c r=\"A" + QByteArray::number(i + 1) +
               "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Dédé &amp; " + QByteArray::number(i) +
               " </t></is></c><!-- note --><c><v>8.1</v></c></row>";
    xml += "</sheetData>";
    REQUIRE(xml.size() > 4 * 1024 * 1024);
    const QStringList tokens = pullTokens(xml);
    CHECK(tokens.size() == 2 + 40000 * 14);
    CHECK(tokens == qtTokens(xml));
}

TEST_CASE("XmlPullReader refuses what is not well-formed XML", "[xlsx]")
{
    const QByteArray broken[] = {
        "",
        "   ",
        "<a>",
        "<a></b>",
        "<a><b></a></b>",
        "<a b=c/>",
        "<a b=\"1/>",
        "<a>&unknown;</a>",
        "<a>&#0;</a>",
        "<a>&#xD800;</a>",
        "<a>& b</a>",
        "<a b=\"<\"/>",
        "<a/><b/>",
        "text<a/>",
        "<a/>text",
        "<a><!-- never closed </a>",
        "</a>",
        "<>",
    };
    for (const QByteArray &xml : broken) {
        INFO(xml.toStdString());
        CHECK(pullTokens(xml).endsWith(QStringLiteral("error")));
        CHECK(qtTokens(xml).endsWith(QStringLiteral("error")));
    }
    // Well formed, but no part of a workbook has a DTD: its entities could expand without bound.
    CHECK(pullTokens("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>") == QStringList{QStringLiteral("error")});
}

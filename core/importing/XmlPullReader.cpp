#include "importing/XmlPullReader.h"

#include <QIODevice>
#include <QStringDecoder>
#include <algorithm>
#include <cstring>

namespace {
constexpr qsizetype ChunkSize = 256 * 1024;
constexpr qsizetype MaxTokenSize = 64 * 1024 * 1024;  // one tag or one text; far above any workbook's
constexpr std::size_t MaxDepth = 256;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool endsName(char c)
{
    return isSpace(c) || c == '>' || c == '/' || c == '=' || c == '"' || c == '\'' || c == '<' || c == '&';
}

std::string_view localPart(std::string_view qualified)
{
    const std::size_t colon = qualified.find(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

bool needsDecoding(std::string_view raw, bool attributeValue)
{
    for (char c : raw) {
        if (c == '&' || c == '\r' || (attributeValue && (c == '\n' || c == '\t')))
            return true;
    }
    return false;
}
}

XmlPullReader::XmlPullReader(QIODevice *device) : m_device(device) {}

void XmlPullReader::fail(const QString &message, const char *at)
{
    if (m_failed)
        return;
    m_failed = true;
    m_token = Invalid;
    m_error = message;
    m_errorOffset = m_bufferOffset + (at ? at - m_buffer.constData() : m_pos);
}

bool XmlPullReader::fill()
{
    if (m_deviceDone)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_bufferOffset += m_pos;
        m_pos = 0;
    }
    if (m_buffer.size() > MaxTokenSize) {
        fail(tr("a tag or text longer than %L1 bytes").arg(MaxTokenSize), nullptr);
        return false;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + ChunkSize);
    const qint64 read = m_device->read(m_buffer.data() + old, ChunkSize);
    m_buffer.resize(old + qMax<qint64>(read, 0));
    if (read <= 0) {
        m_deviceDone = true;
        return false;
    }
    if (!m_started) {
        m_started = true;
        const bool littleEndian = m_buffer.startsWith("\xFF\xFE");
        if (littleEndian || m_buffer.startsWith("\xFE\xFF")) {
            // UTF-16, allowed in OOXML though Excel never writes it: convert the whole part.
            m_buffer += m_device->readAll();
            m_deviceDone = true;
            QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
            m_buffer.remove(0, 2);
            m_buffer = QString(decoder.decode(m_buffer)).toUtf8();
        } else if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
        }
    }
    return true;
}

XmlPullReader::Token XmlPullReader::readNext()
{
    if (m_failed || m_token == EndDocument)
        return m_token;
    m_attributes.clear();
    if (!m_decoded.empty())
        m_decoded.clear();
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_endName = m_open.back();
        m_open.pop_back();
        m_rootClosed = m_open.empty();
        m_localName = localPart(m_endName);
        return m_token = EndElement;
    }
    for (;;) {
        if (scanToken() == Done || m_failed)
            return m_token;
        if (!fill()) {
            if (m_failed)
                return m_token;
            const std::string_view rest(m_buffer.constData() + m_pos, std::size_t(m_buffer.size() - m_pos));
            const bool onlySpace = std::all_of(rest.begin(), rest.end(), isSpace);
            if (m_rootClosed && onlySpace)
                return m_token = EndDocument;
            fail(m_open.empty() && !m_rootClosed && onlySpace ? tr("no root element") : tr("the part ends too early"),
                 m_buffer.constData() + m_buffer.size());
            return m_token;
        }
    }
}

XmlPullReader::Scan XmlPullReader::scanToken()
{
    const char *begin = m_buffer.constData();
    const char *end = begin + m_buffer.size();
    for (;;) {
        const char *p = begin + m_pos;
        if (p == end)
            return NeedMore;
        if (*p != '<') {
            const Scan text = scanText(p);
            if (text != Skipped)  // white space outside the root element is
                return text;
            continue;
        }
        if (end - p < 2)
            return NeedMore;
        if (p[1] == '/')
            return scanEndTag(p);
        if (p[1] == '?') {
            if (skipUntil(p, 2, "?>", false) == NeedMore)
                return NeedMore;
            continue;
        }
        if (p[1] == '!') {
            const std::string_view available(p, std::size_t(end - p));
            const std::string_view comment = "<!--";
            const std::string_view cdata = "<![CDATA[";
            auto partOf = [&](std::string_view opening) {
                return available.size() < opening.size() && opening.substr(0, available.size()) == available;
            };
            if (partOf(comment) || partOf(cdata))
                return NeedMore;
            if (available.substr(0, comment.size()) == comment) {
                if (skipUntil(p, comment.size(), "-->", false) == NeedMore)
                    return NeedMore;
                continue;
            }
            if (available.substr(0, cdata.size()) == cdata) {
                if (m_open.empty()) {
                    fail(tr("text outside the root element"), p);
                    return Done;
                }
                return skipUntil(p, cdata.size(), "]]>", true);
            }
            fail(tr("document type declarations are not allowed"), p);
            return Done;
        }
        return scanTag(p);
    }
}

XmlPullReader::Scan XmlPullReader::skipUntil(const char *p, std::size_t opening, std::string_view terminator, bool isText)
{
    const char *end = m_buffer.constData() + m_buffer.size();
    const std::string_view available(p, std::size_t(end - p));
    const std::size_t found = available.find(terminator, opening);
    if (found == std::string_view::npos)
        return NeedMore;
    m_pos = (p - m_buffer.constData()) + qsizetype(found + terminator.size());
    if (!isText)
        return Skipped;
    m_text = available.substr(opening, found - opening);  // CDATA: no references
    m_token = Characters;
    return Done;
}

XmlPullReader::Scan XmlPullReader::scanText(const char *p)
{
    const char *end = m_buffer.constData() + m_buffer.size();
    const char *lt = static_cast<const char *>(std::memchr(p, '<', std::size_t(end - p)));
    if (!lt)
        return NeedMore;
    const std::string_view raw(p, std::size_t(lt - p));
    m_pos = lt - m_buffer.constData();
    if (m_open.empty()) {
        if (std::all_of(raw.begin(), raw.end(), isSpace))
            return Skipped;
        fail(tr("text outside the root element"), p);
        return Done;
    }
    if (needsDecoding(raw, false)) {
        if (!decodeInto(raw, m_textStorage, false))
            return Done;
        m_text = m_textStorage;
    } else {
        m_text = raw;
    }
    m_token = Characters;
    return Done;
}

XmlPullReader::Scan XmlPullReader::scanTag(const char *p)
{
    const char *end = m_buffer.constData() + m_buffer.size();
    const char *q = p + 1;
    while (q < end && !endsName(*q))
        ++q;
    if (q == end)
        return NeedMore;
    const std::string_view qualified(p + 1, std::size_t(q - p - 1));
    if (qualified.empty()) {
        fail(tr("an element name is missing"), p);
        return Done;
    }
    m_attributes.clear();
    bool empty = false;
    for (;;) {
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return NeedMore;
        if (*q == '>') {
            ++q;
            break;
        }
        if (*q == '/') {
            if (q + 1 == end)
                return NeedMore;
            if (q[1] != '>') {
                fail(tr("'>' expected after '/'"), q);
                return Done;
            }
            q += 2;
            empty = true;
            break;
        }
        const char *nameStart = q;
        while (q < end && !endsName(*q))
            ++q;
        const char *nameEnd = q;
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return NeedMore;
        if (nameStart == nameEnd || *q != '=') {
            fail(tr("an attribute is not written as name=\"value\""), q);
            return Done;
        }
        ++q;
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return NeedMore;
        if (*q != '"' && *q != '\'') {
            fail(tr("an attribute value is not in quotes"), q);
            return Done;
        }
        const char *close = static_cast<const char *>(std::memchr(q + 1, *q, std::size_t(end - q - 1)));
        if (!close)
            return NeedMore;
        const std::string_view value(q + 1, std::size_t(close - q - 1));
        if (value.find('<') != std::string_view::npos) {
            fail(tr("'<' in an attribute value"), q);
            return Done;
        }
        m_attributes.push_back({std::string_view(nameStart, std::size_t(nameEnd - nameStart)), value});
        q = close + 1;
    }
    if (m_rootClosed) {
        fail(tr("a second root element"), p);
        return Done;
    }
    if (m_open.size() == MaxDepth) {
        fail(tr("elements nested more than %1 deep").arg(MaxDepth), p);
        return Done;
    }
    m_open.emplace_back(qualified);
    m_localName = localPart(qualified);
    m_pendingEnd = empty;
    m_pos = q - m_buffer.constData();
    m_token = StartElement;
    return Done;
}

XmlPullReader::Scan XmlPullReader::scanEndTag(const char *p)
{
    const char *end = m_buffer.constData() + m_buffer.size();
    const char *q = p + 2;
    while (q < end && !endsName(*q))
        ++q;
    const std::string_view qualified(p + 2, std::size_t(q - p - 2));
    while (q < end && isSpace(*q))
        ++q;
    if (q == end)
        return NeedMore;
    if (*q != '>') {
        fail(tr("'>' expected"), q);
        return Done;
    }
    if (m_open.empty() || m_open.back() != qualified) {
        fail(m_open.empty() ? tr("an end tag without its start tag")
                            : tr("</%1> ends <%2>").arg(QString::fromUtf8(qualified.data(), qsizetype(qualified.size())),
                                                         QString::fromStdString(m_open.back())),
             p);
        return Done;
    }
    m_open.pop_back();
    m_rootClosed = m_open.empty();
    m_localName = localPart(qualified);
    m_pos = q + 1 - m_buffer.constData();
    m_token = EndElement;
    return Done;
}

bool XmlPullReader::decodeInto(std::string_view raw, std::string &out, bool attributeValue)
{
    out.clear();
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '&') {
            const std::size_t semicolon = raw.find(';', i);
            const std::string_view entity = raw.substr(i + 1, semicolon == std::string_view::npos ? 0 : semicolon - i - 1);
            if (semicolon == std::string_view::npos || entity.empty()) {
                fail(tr("'&' that does not start a reference"), raw.data() + i);
                return false;
            }
            if (entity == "lt") {
                out += '<';
            } else if (entity == "gt") {
                out += '>';
            } else if (entity == "amp") {
                out += '&';
            } else if (entity == "quot") {
                out += '"';
            } else if (entity == "apos") {
                out += '\'';
            } else if (entity[0] == '#') {
                const bool hex = entity.size() > 1 && entity[1] == 'x';
                const std::string_view digits = entity.substr(hex ? 2 : 1);
                char32_t code = 0;
                bool valid = !digits.empty() && digits.size() <= 8;
                for (char d : digits) {
                    const int value = d >= '0' && d <= '9' ? d - '0'
                                      : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10
                                      : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10
                                                                    : -1;
                    valid = valid && value >= 0;
                    code = code * (hex ? 16 : 10) + char32_t(qMax(value, 0));
                }
                valid = valid && code != 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
                if (!valid) {
                    fail(tr("character reference &%1; is not valid").arg(QString::fromUtf8(entity.data(), qsizetype(entity.size()))),
                         raw.data() + i);
                    return false;
                }
                appendUtf8(out, code);
            } else {
                fail(tr("unknown reference &%1;").arg(QString::fromUtf8(entity.data(), qsizetype(entity.size()))), raw.data() + i);
                return false;
            }
            i = semicolon;
        } else if (c == '\r') {
            // Line ends are read as one LF; in attribute values every line end or tab is a space.
            out += attributeValue ? ' ' : '\n';
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
        } else if (attributeValue && (c == '\n' || c == '\t')) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return true;
}

std::string_view XmlPullReader::attribute(std::string_view qualifiedName)
{
    if (m_token != StartElement)
        return {};
    for (const Attribute &a : m_attributes) {
        if (a.name != qualifiedName)
            continue;
        if (!needsDecoding(a.value, true))
            return a.value;
        std::string &decoded = m_decoded.emplace_back();
        if (!decodeInto(a.value, decoded, true))
            return {};
        return decoded;
    }
    return {};
}

QString XmlPullReader::readElementText()
{
    QString text;
    int depth = 1;
    while (depth > 0) {
        switch (readNext()) {
        case Characters:
            if (depth == 1)
                text += QString::fromUtf8(m_text.data(), qsizetype(m_text.size()));
            break;
        case StartElement:
            ++depth;
            break;
        case EndElement:
            --depth;
            break;
        default:
            return text;
        }
    }
    return text;
}

void XmlPullReader::readElementText(std::string &out)
{
    out.clear();
    int depth = 1;
    while (depth > 0) {
        switch (readNext()) {
        case Characters:
            if (depth == 1)
                out += m_text;
            break;
        case StartElement:
            ++depth;
            break;
        case EndElement:
            --depth;
            break;
        default:
            return;
        }
    }
}

void XmlPullReader::skipCurrentElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (readNext()) {
        case StartElement:
            ++depth;
            break;
        case EndElement:
            --depth;
            break;
        case Characters:
            break;
        default:
            return;
        }
    }
}

bool XmlPullReader::readNextStartElement()
{
    for (;;) {
        switch (readNext()) {
        case StartElement:
            return true;
        case Characters:
            break;
        default:
            return false;
        }
    }
}

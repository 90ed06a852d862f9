#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

// Reads XML token by token from a device, like QXmlStreamReader but about five times faster, for
// the large parts of a workbook (a 100,000-row worksheet is some 60 MB of XML; QXmlStreamReader
// alone takes 1.6 s of processor time on it here). It checks what makes XML well formed (nesting,
// quoting, references, one root) and leaves out what these parts never use: DTDs (refused), and
// namespace resolution (names are matched by their local part, prefixes dropped).
// UTF-8 input, or UTF-16 with a byte order mark.
class XmlPullReader {
    Q_DECLARE_TR_FUNCTIONS(XmlPullReader)
public:
    enum Token { StartElement, EndElement, Characters, EndDocument, Invalid };

    explicit XmlPullReader(QIODevice *device);

    Token readNext();
    Token tokenType() const { return m_token; }
    bool atEnd() const { return m_token == EndDocument || m_failed; }
    bool hasError() const { return m_failed; }
    QString errorString() const { return m_error; }
    // Where the error is, in bytes from the start of the part.
    qint64 errorOffset() const { return m_errorOffset; }

    // The local name (without prefix) of the current start or end element.
    std::string_view name() const { return m_localName; }
    // An attribute of the current start element by its qualified name ("r", "xml:space"), with
    // references decoded; empty when it is absent. Valid until the next readNext().
    std::string_view attribute(std::string_view qualifiedName);
    // Text of the current characters token, references decoded (UTF-8).
    std::string_view text() const { return m_text; }

    // At a start element: its text up to the matching end tag, text of child elements left out.
    QString readElementText();
    // The same as UTF-8, into out (whose storage is reused).
    void readElementText(std::string &out);
    // At a start element: reads on past its end tag.
    void skipCurrentElement();
    // Reads to the next start element within the current element; false at its end tag.
    bool readNextStartElement();

private:
    enum Scan { Done, NeedMore, Skipped };
    struct Attribute {
        std::string_view name;
        std::string_view value;
    };

    Scan scanToken();
    Scan scanTag(const char *p);
    Scan scanEndTag(const char *p);
    Scan scanText(const char *p);
    Scan skipUntil(const char *p, std::size_t opening, std::string_view terminator, bool isText);
    bool fill();
    bool decodeInto(std::string_view raw, std::string &out, bool attributeValue);
    void fail(const QString &message, const char *at);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;           // first unread byte
    qint64 m_bufferOffset = 0;     // offset of m_buffer[0] in the part
    bool m_deviceDone = false;
    bool m_started = false;

    Token m_token = Invalid;
    bool m_failed = false;
    bool m_rootClosed = false;
    bool m_pendingEnd = false;     // the end of an empty-element tag <c/> still to report
    std::vector<std::string> m_open;  // qualified names of the open elements
    std::string_view m_localName;
    std::string m_endName;
    std::vector<Attribute> m_attributes;
    std::deque<std::string> m_decoded;
    std::string_view m_text;
    std::string m_textStorage;
    QString m_error;
    qint64 m_errorOffset = -1;
};

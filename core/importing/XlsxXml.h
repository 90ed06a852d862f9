#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class QXmlStreamReader;
class XmlPullReader;

// What the parts of a workbook share: their text runs and how a broken part is reported.
class XlsxXml {
    Q_DECLARE_TR_FUNCTIONS(XlsxXml)
public:
    // At the start of a string item (<si> in the shared strings, <is> in a cell): its text, from
    // its <t> or from the <t> of each rich-text run <r>; phonetic guides (<rPh>) are left out.
    // Returns after the item's end tag.
    static QString readStringItem(XmlPullReader &xml);
    // At the start of a <t>: its text, with OOXML's _xHHHH_ escapes decoded. Surrounding white
    // space is kept only where the writer marked it with xml:space="preserve".
    static QString readText(XmlPullReader &xml);
    static QString decodeEscapes(const QString &text);
    static Error malformed(const QXmlStreamReader &xml, const QString &part);
    static Error malformed(const XmlPullReader &xml, const QString &part);
    static Error malformed(const QString &part, const QString &problem);
};

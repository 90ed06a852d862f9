#pragma once

#include <QHash>
#include <QStringList>

class QIODevice;

// The workbook's table of text (xl/sharedStrings.xml): each distinct text stored once, cells
// referring to it by index. Keeps a sheet with many repeated names, desa and categories small.
class XlsxStringTable {
public:
    // The index of the text, added when new. The text must already be fit for XML.
    qsizetype indexOf(const QString &text);

    // Writes the part; false when the device refused it.
    bool write(QIODevice &device) const;

private:
    QHash<QString, qsizetype> m_indexes;
    QStringList m_strings;
    qint64 m_references = 0;
};

#pragma once

#include "documents/DocumentTable.h"
#include "documents/Drawing.h"
#include "documents/SignatureBlock.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QTextBlock>
#include <QTextCursor>
#include <memory>

class PrintableDocument;
struct WorkspaceSettings;

// Writes a document's content in the house style, top to bottom: letterhead, titles, headings,
// paragraphs, tables, drawings and signature blocks. Every document of core/documents is built
// through it, so they all look alike.
class DocumentComposer {
    Q_DECLARE_TR_FUNCTIONS(DocumentComposer)
public:
    explicit DocumentComposer(PrintableDocument &document);

    // Kop surat: logo, government and office names, address and further lines, a double rule.
    void letterhead(const WorkspaceSettings &settings);
    // The document's title, centred in capitals, with optional lines under it (number, period).
    void title(const QString &text, const QStringList &subtitles = {});
    void heading(const QString &text);      // a numbered or plain section heading
    void subheading(const QString &text);
    void paragraph(const QString &text, Qt::Alignment alignment = Qt::AlignJustify);
    void note(const QString &text);         // small print: sources, explanations
    // "Hari, tanggal  :  Selasa, 31 Oktober 2023" lines, without borders.
    void fields(const QList<QPair<QString, QString>> &labelsAndValues);
    void table(const DocumentTable &table);
    // A drawing of the given size in millimetres, centred on its own line.
    void drawing(std::shared_ptr<const Drawing> drawing, const QSizeF &sizeMm);
    // One block at the right, or several side by side (e.g. two signers of a berita acara).
    void signatures(const QList<SignatureBlock> &blocks);
    void spacing(qreal millimetres);
    void pageBreak();  // the next content starts on a new page

    QTextCursor &cursor() { return m_cursor; }

    // "Sukamaju, 31 Oktober 2023"
    static QString placeAndDate(const QString &place, const QDate &date);

private:
    void block(Qt::Alignment alignment, qreal spaceAfterMm = 0);
    bool takeBreak();     // whether the next content starts a page; clears the request
    void startHeading();  // a new block that stays with what follows it
    QTextCharFormat textFormat(qreal pointSize, bool bold = false) const;

    PrintableDocument &m_document;
    QTextCursor m_cursor;
    bool m_empty = true;
    bool m_breakBefore = false;
    QTextBlock m_headings;  // the first of the headings written since the last content
};

#pragma once

#include <QList>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>

class DocumentComposer;
class PrintableDocument;

// The table of contents (daftar isi) of a long document: its entries are written where the page
// stands, each part marks where it starts as it is written, and the page numbers are filled in
// once the whole document is laid out. The contents must end its page (a page break follows), so
// that filling in the numbers moves nothing after it.
class ContentsPage {
public:
    ContentsPage(DocumentComposer &composer, PrintableDocument &document) : m_composer(composer), m_document(document) {}

    void write(const QStringList &entries);
    // The block the composer wrote last starts the entry (e.g. a chapter's title).
    void markStart(int entry);
    void fillPageNumbers();

private:
    DocumentComposer &m_composer;
    PrintableDocument &m_document;
    QList<QTextCursor> m_pageCells;  // where each entry's page number goes
    QList<QTextBlock> m_starts;
};

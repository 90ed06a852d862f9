#pragma once

#include "documents/DocumentTable.h"

#include <QTextBlock>
#include <QTextCursor>

class QTextTable;
class PrintableDocument;

// Writes a DocumentTable at the end of a document so that no row is ever split across pages:
// the rows are laid out a batch at a time, and where a row would cross the foot of a page the
// table is ended and continued on the next page under a repeat of its header row. (Qt's own
// pagination moves a row only when none of its cells has begun; it would split the rest.)
class PagedTable {
public:
    PagedTable(PrintableDocument &document, QTextCursor &cursor, const DocumentTable &table);

    // breakBefore: start on a new page. heading: the first of the headings just above the table,
    // which go to the next page with the table rather than stay alone at the foot of a page.
    void write(bool breakBefore, const QTextBlock &heading);

    // Moves a small table that must stay whole (signatures, letterhead) to the next page, with
    // the heading above it, when it would cross the foot of a page.
    static void keepOnOnePage(PrintableDocument &document, QTextTable *table, const QTextBlock &heading);
    // Gives the empty block Qt leaves after a table no height, so that it cannot spill onto the
    // next page (and push a table that starts a page one page further).
    static void collapseBlockAfter(QTextCursor &cursor);

private:
    QTextTable *startTable(bool breakBefore);
    void appendRow(QTextTable *table, int index);
    void fill(QTextTable *table, int row, int column, const QString &text, Qt::Alignment alignment, bool bold);
    void addSmallPrint(QTextTable *table, int row, int column, const QString &text, Qt::Alignment alignment);
    qreal pageHeight() const;
    int pageOf(qreal y) const { return int(y / pageHeight()); }
    static bool startsPage(PrintableDocument &document, QTextTable *table);
    static void moveToNextPage(QTextTable *table, const QTextBlock &heading);

    PrintableDocument &m_document;
    QTextCursor &m_cursor;
    const DocumentTable &m_table;
    qreal m_extraPadding = 0;
};

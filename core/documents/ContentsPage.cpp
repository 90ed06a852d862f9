#include "documents/ContentsPage.h"

#include "documents/DocumentComposer.h"
#include "documents/PageGeometry.h"
#include "documents/PrintableDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTextLayout>
#include <QTextTable>

void ContentsPage::write(const QStringList &entries)
{
    QTextCursor &cursor = m_composer.cursor();
    cursor.beginEditBlock();
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(PageGeometry::formatMm(1.5));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12)});
    cursor.insertBlock(QTextBlockFormat());  // not the title's format, with its page break
    QTextTable *table = cursor.insertTable(int(entries.size()), 2, format);
    QTextCharFormat text;
    text.setFontPointSize(11);
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    for (int row = 0; row < entries.size(); ++row) {
        table->cellAt(row, 0).firstCursorPosition().insertText(entries[row], text);
        QTextCursor page = table->cellAt(row, 1).firstCursorPosition();
        page.setBlockFormat(right);
        page.setCharFormat(text);
        m_pageCells.append(page);
    }
    cursor.movePosition(QTextCursor::End);
    cursor.endEditBlock();
}

void ContentsPage::markStart(int entry)
{
    if (entry < 0)
        return;
    if (entry >= m_starts.size())
        m_starts.resize(entry + 1);
    m_starts[entry] = m_composer.cursor().block();
}

void ContentsPage::fillPageNumbers()
{
    QTextDocument &content = m_document.content();
    const qreal pageHeight = content.pageSize().height();
    QList<int> pages;
    for (const QTextBlock &start : m_starts) {
        if (!start.isValid() || !start.layout() || start.layout()->lineCount() == 0) {
            pages.append(0);
            continue;
        }
        // The block's first line, not its rectangle: a block that breaks the page begins its
        // rectangle on the page before.
        const QRectF block = content.documentLayout()->blockBoundingRect(start);
        const QTextLine line = start.layout()->lineAt(0);
        pages.append(int((block.top() + line.y() + line.height() / 2) / pageHeight) + 1);
    }
    for (int entry = 0; entry < m_pageCells.size() && entry < pages.size(); ++entry) {
        if (pages[entry] > 0)
            m_pageCells[entry].insertText(QString::number(pages[entry]));
    }
}

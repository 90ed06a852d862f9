#include "documents/ClosingParagraph.h"

#include "documents/PrintableDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>

namespace {
// The page of a block's first line (a block that breaks the page begins its rectangle on the page before).
int pageOfFirstLine(QTextDocument &content, const QTextBlock &block)
{
    const qreal top = content.documentLayout()->blockBoundingRect(block).top();
    const QTextLine line = block.layout() && block.layout()->lineCount() > 0 ? block.layout()->lineAt(0) : QTextLine();
    const qreal y = line.isValid() ? top + line.y() + line.height() / 2 : top;
    return int(y / content.pageSize().height());
}
}

void ClosingParagraph::keepWithSignatures(PrintableDocument &document, const QTextBlock &closing)
{
    QTextDocument &content = document.content();
    const QTextBlock signature = closing.next();  // the first line of the signature table
    if (!closing.isValid() || !signature.isValid() || !QTextCursor(signature).currentTable())
        return;
    if (pageOfFirstLine(content, closing) == pageOfFirstLine(content, signature))
        return;
    QTextCursor cursor(closing);
    cursor.beginEditBlock();
    QTextBlockFormat format = closing.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
    // The signatures were sent to the new page themselves; now the paragraph takes them there.
    QTextTable *table = QTextCursor(signature).currentTable();
    QTextTableFormat tableFormat = table->format();
    tableFormat.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    table->setFormat(tableFormat);
    cursor.endEditBlock();
}

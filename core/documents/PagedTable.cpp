#include "documents/PagedTable.h"

#include "documents/PageGeometry.h"
#include "documents/PrintableDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTextTable>

namespace {

const QColor HeaderShade(0xE4, 0xE4, 0xE4);
const QColor GroupShade(0xF2, 0xF2, 0xF2);
constexpr int BatchSize = 24;
constexpr qreal CellPaddingMm = 1.2;

// In a table whose borders collapse, Qt draws the borders the cells' formats give.
QTextTableCellFormat borderedCell()
{
    QTextTableCellFormat format;
    format.setBorder(PageGeometry::formatPt(0.6));
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    return format;
}

QRectF blockRect(QTextDocument &document, const QTextBlock &block)
{
    return document.documentLayout()->blockBoundingRect(block);
}

// The top of a row's text and the bottom of its lowest cell, border and padding included.
QPair<qreal, qreal> rowExtent(QTextDocument &document, QTextTable *table, int row)
{
    const QTextTableFormat format = table->format();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.column() != column)
            continue;
        const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        const qreal padding = cellFormat.hasProperty(QTextFormat::TableCellBottomPadding) ? cellFormat.bottomPadding()
                                                                                          : format.cellPadding();
        top = qMin(top, blockRect(document, cell.firstCursorPosition().block()).top());
        bottom = qMax(bottom, blockRect(document, cell.lastCursorPosition().block()).bottom()
                                  + PageGeometry::fromFormatUnits(padding + format.border()));
    }
    return {top, bottom};
}

}  // namespace

PagedTable::PagedTable(PrintableDocument &document, QTextCursor &cursor, const DocumentTable &table)
    : m_document(document)
    , m_cursor(cursor)
    , m_table(table)
{
    if (table.minimumRowHeightMm() > 0) {
        const qreal textHeight = PageGeometry::pt(table.fontPointSize() * 1.2);
        const qreal extra = (PageGeometry::mm(table.minimumRowHeightMm()) - textHeight) / 2 - PageGeometry::mm(CellPaddingMm);
        m_extraPadding = qMax<qreal>(0, extra * 96.0 / PageGeometry::Resolution);
    }
}

qreal PagedTable::pageHeight() const
{
    return m_document.content().pageSize().height();
}

void PagedTable::write(bool breakBefore, const QTextBlock &heading)
{
    QTextDocument &document = m_document.content();
    const QList<DocumentTable::Row> &rows = m_table.rows();
    QTextTable *table = startTable(breakBefore);
    int first = 0;  // the first of rows in the current table
    int next = 0;
    QTextBlock headingToMove = heading;
    bool moved = false;
    while (next < rows.size()) {
        const int batchEnd = qMin<int>(int(rows.size()), next + BatchSize);
        m_cursor.beginEditBlock();
        for (int index = next; index < batchEnd; ++index)
            appendRow(table, index);
        m_cursor.endEditBlock();

        // Qt itself moves a header row that does not fit at the foot of a page; the headings above
        // the table then go with it.
        if (headingToMove.isValid() && !moved
            && pageOf(blockRect(document, headingToMove).top()) < pageOf(rowExtent(document, table, 0).first)) {
            moveToNextPage(table, headingToMove);
            moved = true;
        }

        int index = next;
        for (; index < batchEnd; ++index) {
            const int startPage = pageOf(rowExtent(document, table, 0).first);
            const auto [top, bottom] = rowExtent(document, table, 1 + index - first);
            // Qt keeps the table's bottom margin free at the foot of each page the table covers.
            const qreal reserved = PageGeometry::fromFormatUnits(table->format().bottomMargin() + table->format().border());
            if (pageOf(top) == startPage && pageOf(bottom + reserved) == startPage)
                continue;
            if (index == first && !moved && !startsPage(m_document, table)) {
                // Not even one row fits under the header here: the table begins on the next page.
                moveToNextPage(table, headingToMove);
                moved = true;
                index = first - 1;
                continue;
            }
            if (index == first)
                continue;  // a row taller than a page: nothing can keep it whole
            // Only group rows fit under the header here: they would head nothing on this page, so the
            // table begins on the next one.
            bool onlyGroups = true;
            for (int row = first; row < index; ++row)
                onlyGroups = onlyGroups && rows[row].group;
            if (onlyGroups && !moved && !startsPage(m_document, table)) {
                moveToNextPage(table, headingToMove);
                moved = true;
                index = first - 1;
                continue;
            }
            break;
        }
        // A group row goes to the next page with the first row under it.
        while (index < batchEnd && index - 1 > first && rows[index - 1].group)
            --index;
        if (index < batchEnd) {
            table->removeRows(1 + index - first, table->rows() - 1 - (index - first));
            QTextTableFormat ended = table->format();
            ended.setBottomMargin(0);
            table->setFormat(ended);
            m_cursor.movePosition(QTextCursor::End);
            table = startTable(true);
            first = index;
            moved = true;
        }
        next = index;
        headingToMove = {};
    }
    m_cursor.movePosition(QTextCursor::End);
    collapseBlockAfter(m_cursor);
}

void PagedTable::collapseBlockAfter(QTextCursor &cursor)
{
    QTextBlockFormat collapsed;
    collapsed.setLineHeight(0, QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(collapsed);
}

QTextTable *PagedTable::startTable(bool breakBefore)
{
    const int columns = m_table.columnCount();
    QTextTableFormat format;
    format.setBorder(PageGeometry::formatPt(0.6));
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(PageGeometry::formatMm(CellPaddingMm));
    format.setTopMargin(PageGeometry::formatMm(2));
    format.setBottomMargin(PageGeometry::formatMm(4));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int width : m_table.widths())
        widths.append(QTextLength(QTextLength::PercentageLength, width));
    format.setColumnWidthConstraints(widths);
    if (breakBefore)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);

    m_cursor.beginEditBlock();
    QTextTable *table = m_cursor.insertTable(1, columns, format);
    QTextTableCellFormat header = borderedCell();
    header.setBackground(HeaderShade);
    header.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    for (int column = 0; column < columns; ++column) {
        table->cellAt(0, column).setFormat(header);
        fill(table, 0, column, m_table.headers()[column], Qt::AlignCenter, true);
    }
    m_cursor.endEditBlock();
    m_cursor.movePosition(QTextCursor::End);
    collapseBlockAfter(m_cursor);
    return table;
}

void PagedTable::appendRow(QTextTable *table, int index)
{
    const DocumentTable::Row &row = m_table.rows()[index];
    table->appendRows(1);
    const int at = table->rows() - 1;
    const int columns = m_table.columnCount();
    if (row.group) {
        table->mergeCells(at, 0, 1, columns);
        QTextTableCellFormat group = borderedCell();
        group.setBackground(GroupShade);
        table->cellAt(at, 0).setFormat(group);
        fill(table, at, 0, row.cells.value(0), Qt::AlignLeft, true);
        return;
    }
    QTextTableCellFormat padded = borderedCell();
    if (m_extraPadding > 0) {
        padded.setTopPadding(PageGeometry::formatMm(CellPaddingMm) + m_extraPadding);
        padded.setBottomPadding(PageGeometry::formatMm(CellPaddingMm) + m_extraPadding);
    }
    for (int column = 0; column < columns; ++column) {
        table->cellAt(at, column).setFormat(padded);
        fill(table, at, column, row.cells.value(column), m_table.alignment(column), false);
        if (const QString smallPrint = row.smallPrint.value(column); !smallPrint.isEmpty())
            addSmallPrint(table, at, column, smallPrint, m_table.alignment(column));
    }
}

void PagedTable::fill(QTextTable *table, int row, int column, const QString &text, Qt::Alignment alignment, bool bold)
{
    QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat blockFormat;
    blockFormat.setAlignment(alignment);
    cell.setBlockFormat(blockFormat);
    QTextCharFormat charFormat;
    charFormat.setFontPointSize(m_table.fontPointSize());
    charFormat.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cell.insertBlock(blockFormat);
        cell.insertText(lines[i], charFormat);
    }
}

void PagedTable::addSmallPrint(QTextTable *table, int row, int column, const QString &text, Qt::Alignment alignment)
{
    QTextCursor cell = table->cellAt(row, column).lastCursorPosition();
    QTextBlockFormat blockFormat;
    blockFormat.setAlignment(alignment);
    blockFormat.setTopMargin(PageGeometry::formatPt(1));
    QTextCharFormat charFormat;
    charFormat.setFontPointSize(m_table.fontPointSize() * 0.8);
    charFormat.setForeground(QColor(0x40, 0x40, 0x40));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        cell.insertBlock(blockFormat);
        cell.insertText(line, charFormat);
    }
}

bool PagedTable::startsPage(PrintableDocument &document, QTextTable *table)
{
    if (table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return true;
    const qreal height = document.content().pageSize().height();
    const qreal top = document.content().documentLayout()->frameBoundingRect(table).top();
    return top - int(top / height) * height < PageGeometry::mm(1);
}

void PagedTable::moveToNextPage(QTextTable *table, const QTextBlock &heading)
{
    if (heading.isValid()) {
        QTextCursor cursor(heading);
        QTextBlockFormat format = heading.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
        return;
    }
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
}

void PagedTable::keepOnOnePage(PrintableDocument &document, QTextTable *table, const QTextBlock &heading)
{
    QTextDocument &content = document.content();
    const qreal height = content.pageSize().height();
    const QRectF frame = content.documentLayout()->frameBoundingRect(table);
    if (int(frame.top() / height) == int((frame.bottom() - 0.5) / height) || frame.height() > height || startsPage(document, table))
        return;
    moveToNextPage(table, heading);
}

#include "documents/DocumentComposer.h"

#include "documents/LogoDrawing.h"
#include "documents/PageGeometry.h"
#include "documents/PagedTable.h"
#include "documents/PrintableDocument.h"
#include "documents/RuleDrawing.h"
#include "domain/DateText.h"
#include "domain/WorkspaceSettings.h"
#include "growth/NipCheck.h"

#include <QTextTable>
#include <optional>

namespace {

QTextTableFormat borderlessTable(const QList<int> &widthsPercent)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int width : widthsPercent)
        widths.append(QTextLength(QTextLength::PercentageLength, width));
    format.setColumnWidthConstraints(widths);
    return format;
}

// Groups a call's many insertions into one change, so that Qt lays the document out once for it
// instead of once for every piece of text (which made long documents slow to build).
class EditBlock {
public:
    explicit EditBlock(QTextCursor &cursor) : m_cursor(cursor) { m_cursor.beginEditBlock(); }
    ~EditBlock() { m_cursor.endEditBlock(); }
    EditBlock(const EditBlock &) = delete;
    EditBlock &operator=(const EditBlock &) = delete;

private:
    QTextCursor &m_cursor;
};

}  // namespace

DocumentComposer::DocumentComposer(PrintableDocument &document)
    : m_document(document)
    , m_cursor(&document.content())
{
    m_cursor.movePosition(QTextCursor::End);
    m_empty = document.content().isEmpty();
}

QString DocumentComposer::placeAndDate(const QString &place, const QDate &date)
{
    const QString day = DateText::date(date);
    if (place.trimmed().isEmpty())
        return day;
    return day.isEmpty() ? place.trimmed() : place.trimmed() + QStringLiteral(", ") + day;
}

QTextCharFormat DocumentComposer::textFormat(qreal pointSize, bool bold) const
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

void DocumentComposer::block(Qt::Alignment alignment, qreal spaceAfterMm)
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    format.setBottomMargin(PageGeometry::formatMm(spaceAfterMm));
    if (takeBreak())
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (m_empty)
        m_cursor.setBlockFormat(format);
    else
        m_cursor.insertBlock(format);
    m_empty = false;
    m_headings = {};
}

bool DocumentComposer::takeBreak()
{
    const bool result = m_breakBefore;
    m_breakBefore = false;
    return result;
}

void DocumentComposer::startHeading()
{
    const QTextBlock run = m_headings;
    block(Qt::AlignLeft, 2);
    m_headings = run.isValid() ? run : m_cursor.block();
}

void DocumentComposer::letterhead(const WorkspaceSettings &settings)
{
    const EditBlock edit(m_cursor);
    QTextTableFormat format = borderlessTable({17, 66, 17});
    if (takeBreak())
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextTable *table = m_cursor.insertTable(1, 3, format);
    QTextTableCellFormat middle;
    middle.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    table->cellAt(0, 0).setFormat(middle);
    table->cellAt(0, 1).setFormat(middle);

    QTextCursor logo = table->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignCenter);
    logo.setBlockFormat(centred);
    if (!settings.logo.isEmpty()) {
        const QSizeF size(PageGeometry::mm(24), PageGeometry::mm(24));
        logo.insertText(QString(QChar::ObjectReplacementCharacter),
                        m_document.drawings().add(std::make_shared<LogoDrawing>(settings.logo), size));
    }

    QTextCursor text = table->cellAt(0, 1).firstCursorPosition();
    text.setBlockFormat(centred);
    bool first = true;
    const auto line = [&](const QString &value, qreal size, bool bold) {
        if (value.trimmed().isEmpty())
            return;
        if (!first)
            text.insertBlock(centred);
        first = false;
        text.insertText(value.trimmed(), textFormat(size, bold));
    };
    line(settings.governmentName.toUpper(), 14, true);
    line(settings.officeName.toUpper(), 15, true);
    line(settings.address, 10, false);
    for (const QString &extra : settings.letterheadLines.split(QLatin1Char('\n')))
        line(extra, 9.5, false);

    m_cursor.movePosition(QTextCursor::End);
    m_empty = true;
    block(Qt::AlignLeft, 6);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                        m_document.drawings().add(std::make_shared<RuleDrawing>(),
                                                  QSizeF(PageGeometry::body(m_document.orientation()).width(), PageGeometry::mm(2.2))));
}

void DocumentComposer::title(const QString &text, const QStringList &subtitles)
{
    const EditBlock edit(m_cursor);
    block(Qt::AlignCenter, subtitles.isEmpty() ? 6 : 1);
    m_cursor.insertText(text.toUpper(), textFormat(13, true));
    for (int i = 0; i < subtitles.size(); ++i) {
        block(Qt::AlignCenter, i + 1 == subtitles.size() ? 6 : 0.5);
        m_cursor.insertText(subtitles[i], textFormat(11));
    }
}

void DocumentComposer::heading(const QString &text)
{
    const EditBlock edit(m_cursor);
    startHeading();
    QTextBlockFormat format = m_cursor.blockFormat();
    format.setTopMargin(PageGeometry::formatMm(4));
    format.setNonBreakableLines(true);
    m_cursor.setBlockFormat(format);
    m_cursor.insertText(text, textFormat(12, true));
}

void DocumentComposer::subheading(const QString &text)
{
    const EditBlock edit(m_cursor);
    startHeading();
    QTextBlockFormat format = m_cursor.blockFormat();
    format.setBottomMargin(PageGeometry::formatMm(1.5));
    format.setTopMargin(PageGeometry::formatMm(2.5));
    m_cursor.setBlockFormat(format);
    m_cursor.insertText(text, textFormat(11, true));
}

void DocumentComposer::paragraph(const QString &text, Qt::Alignment alignment)
{
    const EditBlock edit(m_cursor);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &part : paragraphs) {
        block(alignment, 2);
        m_cursor.insertText(part, textFormat(11));
    }
}

void DocumentComposer::note(const QString &text)
{
    const EditBlock edit(m_cursor);
    block(Qt::AlignLeft, 1.5);
    m_cursor.insertText(text, textFormat(8.5));
}

void DocumentComposer::fields(const QList<QPair<QString, QString>> &labelsAndValues)
{
    const EditBlock edit(m_cursor);
    if (labelsAndValues.isEmpty())
        return;
    QTextTableFormat format = borderlessTable({28, 3, 69});
    format.setBottomMargin(PageGeometry::formatMm(4));
    if (takeBreak())
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextTable *table = m_cursor.insertTable(int(labelsAndValues.size()), 3, format);
    for (int row = 0; row < labelsAndValues.size(); ++row) {
        table->cellAt(row, 0).firstCursorPosition().insertText(labelsAndValues[row].first, textFormat(11));
        table->cellAt(row, 1).firstCursorPosition().insertText(QStringLiteral(":"), textFormat(11));
        QTextCursor value = table->cellAt(row, 2).firstCursorPosition();
        const QStringList lines = labelsAndValues[row].second.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                value.insertBlock();
            value.insertText(lines[i], textFormat(11));
        }
    }
    m_cursor.movePosition(QTextCursor::End);
    PagedTable::collapseBlockAfter(m_cursor);
    m_empty = true;
    m_headings = {};
}

void DocumentComposer::table(const DocumentTable &table)
{
    PagedTable(m_document, m_cursor, table).write(takeBreak(), m_headings);
    m_headings = {};
    m_empty = true;
}

void DocumentComposer::drawing(std::shared_ptr<const Drawing> drawing, const QSizeF &sizeMm)
{
    const EditBlock edit(m_cursor);
    block(Qt::AlignCenter, 3);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                        m_document.drawings().add(std::move(drawing), QSizeF(PageGeometry::mm(sizeMm.width()), PageGeometry::mm(sizeMm.height()))));
}

void DocumentComposer::signatures(const QList<SignatureBlock> &blocks)
{
    if (blocks.isEmpty())
        return;
    const int columns = blocks.size() == 1 ? 2 : int(blocks.size());
    QList<int> widths;
    for (int column = 0; column < columns; ++column)
        widths.append(100 / columns);
    QTextTableFormat format = borderlessTable(widths);
    format.setTopMargin(PageGeometry::formatMm(6));
    if (takeBreak())
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    auto edit = std::make_optional<EditBlock>(m_cursor);
    QTextTable *table = m_cursor.insertTable(1, columns, format);

    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    for (int index = 0; index < blocks.size(); ++index) {
        const SignatureBlock &signer = blocks[index];
        QTextCursor cell = table->cellAt(0, blocks.size() == 1 ? 1 : index).firstCursorPosition();
        cell.setBlockFormat(centred);
        bool first = true;
        const auto line = [&](const QString &text, const QTextCharFormat &charFormat, qreal spaceBeforeMm = 0) {
            if (!first) {
                QTextBlockFormat spaced = centred;
                spaced.setTopMargin(PageGeometry::formatMm(spaceBeforeMm));
                cell.insertBlock(spaced);
            }
            first = false;
            cell.insertText(text, charFormat);
        };
        if (!signer.placeAndDate.isEmpty())
            line(signer.placeAndDate, textFormat(11));
        for (const QString &roleLine : signer.role.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            line(roleLine, textFormat(11));
        QTextCharFormat name = textFormat(11, true);
        name.setFontUnderline(true);
        line(signer.name.isEmpty() ? QStringLiteral("(%1)").arg(QString(40, QLatin1Char('.'))) : signer.name, name, 22);
        if (!signer.rankGrade.isEmpty())
            line(signer.rankGrade, textFormat(11));
        if (!signer.nip.isEmpty())
            line(tr("NIP. %1").arg(NipCheck::formatted(signer.nip)), textFormat(11));
    }
    m_cursor.movePosition(QTextCursor::End);
    PagedTable::collapseBlockAfter(m_cursor);
    edit.reset();  // laid out now, to be measured
    PagedTable::keepOnOnePage(m_document, table, m_headings);
    m_empty = true;
    m_headings = {};
}

void DocumentComposer::spacing(qreal millimetres)
{
    const EditBlock edit(m_cursor);
    block(Qt::AlignLeft, 0);
    QTextBlockFormat format = m_cursor.blockFormat();
    format.setLineHeight(PageGeometry::formatMm(millimetres), QTextBlockFormat::FixedHeight);
    m_cursor.setBlockFormat(format);
}

void DocumentComposer::pageBreak()
{
    m_breakBefore = true;
}

#include "documents/DocumentRenderer.h"

#include "documents/PageGeometry.h"
#include "documents/PrintableDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

void paintPageMarks(QPainter &painter, const PrintableDocument &document, int page, int pageCount, const QSizeF &sheet)
{
    const QMarginsF margins = PageGeometry::marginsMm();
    const qreal left = PageGeometry::mm(margins.left());
    const qreal width = sheet.width() - left - PageGeometry::mm(margins.right());
    QFont font(QStringLiteral("Liberation Sans"));
    font.setPointSizeF(8.5);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF foot(left, sheet.height() - PageGeometry::mm(14), width, PageGeometry::mm(6));
    painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, DocumentRenderer::pageNumberText(page, pageCount));

    if (!document.isConfidential())
        return;
    QFont mark(QStringLiteral("Liberation Sans"));
    mark.setPointSizeF(11);
    mark.setBold(true);
    painter.setFont(mark);
    const QString text = DocumentRenderer::confidentialMark();
    const QRectF head(left, PageGeometry::mm(8), width, PageGeometry::mm(8));
    const QRectF framed = painter.boundingRect(head, Qt::AlignCenter, text).adjusted(-PageGeometry::mm(3), -PageGeometry::mm(0.8),
                                                                                   PageGeometry::mm(3), PageGeometry::mm(0.8));
    painter.setPen(QPen(Qt::black, PageGeometry::pt(1.2)));
    painter.drawRect(framed);
    painter.drawText(head, Qt::AlignCenter, text);
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, text);
}

}  // namespace

QString DocumentRenderer::pageNumberText(int page, int pageCount)
{
    return tr("Page %1 of %2").arg(page).arg(pageCount);
}

QString DocumentRenderer::confidentialMark()
{
    return tr("CONFIDENTIAL");
}

Status DocumentRenderer::paint(PrintableDocument &document, QPagedPaintDevice &device)
{
    QTextDocument &content = document.content();
    const QSizeF body = PageGeometry::body(document.orientation());
    const QSizeF sheet = PageGeometry::paper(document.orientation());
    const QMarginsF margins = PageGeometry::marginsMm();
    const int pageCount = content.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("The document could not be started on this printer or file.")};
    const qreal scale = qreal(device.logicalDpiX()) / PageGeometry::Resolution;
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);

    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error{tr("Page %1 could not be started.").arg(page + 1)};
        }
        painter.save();
        painter.translate(PageGeometry::mm(margins.left()), PageGeometry::mm(margins.top()) - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        // Qt paints a block whose top touches the clip's bottom edge: a heading that starts the
        // next page would also be written, clipped and unseen, at the foot of this one, where a
        // search of the PDF (and pdftotext) finds it. A hair less height keeps it off.
        context.clip = QRectF(0, page * body.height(), body.width(), body.height() - 0.5);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        content.documentLayout()->draw(&painter, context);
        painter.restore();
        paintPageMarks(painter, document, page + 1, pageCount, sheet);
    }
    if (!painter.end())
        return Error{tr("The document could not be finished.")};
    return {};
}

Status DocumentRenderer::writePdf(PrintableDocument &document, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setResolution(PageGeometry::Resolution);
        QPageLayout layout = PageGeometry::layout(document.orientation());
        layout.setMode(QPageLayout::FullPageMode);
        writer.setPageLayout(layout);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("Tuntas"));
        if (Status status = paint(document, writer); !status) {
            file.cancelWriting();
            return status;
        }
    }
    if (!file.commit())
        return Error{tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    return {};
}

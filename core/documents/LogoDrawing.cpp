#include "documents/LogoDrawing.h"

#include <QImage>
#include <QSvgRenderer>

namespace {

QRectF fitted(const QSizeF &size, const QRectF &area)
{
    if (size.isEmpty())
        return {};
    QRectF result(QPointF(), size.scaled(area.size(), Qt::KeepAspectRatio));
    result.moveCenter(area.center());
    return result;
}

}  // namespace

void LogoDrawing::paint(QPainter &painter, const QRectF &area) const
{
    if (m_bytes.isEmpty())
        return;
    QSvgRenderer svg(m_bytes);
    if (svg.isValid()) {
        svg.render(&painter, fitted(svg.defaultSize(), area));
        return;
    }
    const QImage image = QImage::fromData(m_bytes);
    if (!image.isNull())
        painter.drawImage(fitted(image.size(), area), image);
}

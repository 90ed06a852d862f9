#include "documents/RuleDrawing.h"

#include "documents/PageGeometry.h"

void RuleDrawing::paint(QPainter &painter, const QRectF &area) const
{
    const qreal heavy = PageGeometry::pt(2.25);
    const qreal thin = PageGeometry::pt(0.75);
    const qreal top = area.top() + heavy / 2;
    painter.setPen(QPen(Qt::black, heavy, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(area.left(), top), QPointF(area.right(), top));
    const qreal bottom = top + heavy / 2 + PageGeometry::pt(1.5) + thin / 2;
    painter.setPen(QPen(Qt::black, thin, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(area.left(), bottom), QPointF(area.right(), bottom));
}

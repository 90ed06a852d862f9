#include "documents/DrawingObjects.h"

QTextCharFormat DrawingObjects::add(std::shared_ptr<const Drawing> drawing, const QSizeF &size)
{
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    format.setProperty(IndexProperty, int(m_drawings.size()));
    format.setProperty(SizeProperty, size);
    m_drawings.push_back(std::move(drawing));
    return format;
}

QSizeF DrawingObjects::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(SizeProperty).toSizeF();
}

void DrawingObjects::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.intProperty(IndexProperty);
    if (index < 0 || index >= int(m_drawings.size()))
        return;
    painter->save();
    m_drawings[size_t(index)]->paint(*painter, rect);
    painter->restore();
}

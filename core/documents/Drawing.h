#pragma once

#include <QPainter>
#include <QRectF>

// Something painted into a document (a chart, the logo, a rule): drawn with QPainter in the area
// the layout gives it, so it stays vector graphics in the PDF.
class Drawing {
public:
    virtual ~Drawing() = default;
    virtual void paint(QPainter &painter, const QRectF &area) const = 0;
};

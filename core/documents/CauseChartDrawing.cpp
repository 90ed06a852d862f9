#include "documents/CauseChartDrawing.h"

#include "documents/DrawingFont.h"
#include "documents/PageGeometry.h"

#include <QFontMetricsF>
#include <algorithm>

namespace {
constexpr qreal BarMm = 5.0;
constexpr qreal GapMm = 2.0;
constexpr qreal LabelShare = 0.5;  // of the width, for the causes' names
constexpr qreal TextPoints = 8.5;
const QColor DirectColour(0x2f, 0x4f, 0x7f);
const QColor IndirectColour(0x9d, 0xb6, 0xd6);
}

qreal CauseChartDrawing::heightMm(int bars)
{
    return bars * (BarMm + GapMm) + GapMm;
}

void CauseChartDrawing::paint(QPainter &painter, const QRectF &area) const
{
    if (m_bars.isEmpty())
        return;
    int largest = 1;
    for (const Bar &bar : m_bars)
        largest = std::max(largest, bar.count);
    const QFont font = DrawingFont::of(TextPoints);
    const QFontMetricsF metrics(font);
    painter.save();
    painter.setFont(font);
    const qreal labelWidth = area.width() * LabelShare;
    const qreal countWidth = metrics.horizontalAdvance(QStringLiteral("0000"));
    const qreal barLeft = area.left() + labelWidth + PageGeometry::mm(2);
    const qreal barSpan = area.right() - barLeft - countWidth;
    qreal y = area.top() + PageGeometry::mm(GapMm);
    for (const Bar &bar : m_bars) {
        const QRectF row(area.left(), y, labelWidth, PageGeometry::mm(BarMm));
        painter.setPen(Qt::black);
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(bar.label, Qt::ElideRight, labelWidth));
        const qreal length = barSpan * bar.count / largest;
        painter.setPen(QPen(Qt::black, PageGeometry::pt(0.4)));
        painter.setBrush(bar.direct ? DirectColour : IndirectColour);
        painter.drawRect(QRectF(barLeft, y, length, PageGeometry::mm(BarMm)));
        painter.setBrush(Qt::NoBrush);
        painter.drawText(QRectF(barLeft + length + PageGeometry::mm(1.5), y, countWidth, PageGeometry::mm(BarMm)), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(bar.count));
        y += PageGeometry::mm(BarMm + GapMm);
    }
    // The axis the bars stand on.
    painter.setPen(QPen(Qt::black, PageGeometry::pt(0.6)));
    painter.drawLine(QPointF(barLeft, area.top()), QPointF(barLeft, y));
    painter.restore();
}

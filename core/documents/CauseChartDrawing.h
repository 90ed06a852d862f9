#pragma once

#include "documents/Drawing.h"

#include <QList>
#include <QString>

// A horizontal bar chart of causes and the number of cases each was found in, largest first:
// the label at the left, the bar, and the count at its end. Dark bars for direct causes, light
// for indirect ones, so that it prints legibly in black and white.
class CauseChartDrawing : public Drawing {
public:
    struct Bar {
        QString label;
        int count = 0;
        bool direct = true;
    };
    explicit CauseChartDrawing(QList<Bar> bars) : m_bars(std::move(bars)) {}

    void paint(QPainter &painter, const QRectF &area) const override;
    // The height the chart needs for this many bars, in millimetres.
    static qreal heightMm(int bars);

private:
    QList<Bar> m_bars;
};

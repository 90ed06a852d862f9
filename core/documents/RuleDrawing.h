#pragma once

#include "documents/Drawing.h"

// The double rule under a letterhead: a heavy line over a thin one, across the whole area.
class RuleDrawing : public Drawing {
public:
    void paint(QPainter &painter, const QRectF &area) const override;
};

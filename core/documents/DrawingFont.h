#pragma once

#include "documents/PageGeometry.h"

#include <QFont>

// The font of text inside a Drawing, sized in layout units so that the painter's scale to the
// device sizes it like the document's own text.
class DrawingFont {
public:
    static QFont of(qreal points, bool bold = false)
    {
        QFont font(QStringLiteral("Liberation Sans"));
        font.setStyleHint(QFont::SansSerif);
        font.setPixelSize(qRound(PageGeometry::pt(points)));
        font.setBold(bold);
        return font;
    }
};

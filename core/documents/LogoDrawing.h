#pragma once

#include "documents/Drawing.h"

#include <QByteArray>

// The district's logo from the workspace settings (PNG or SVG bytes), fitted into its area
// without distortion; nothing when the bytes are empty or unreadable.
class LogoDrawing : public Drawing {
public:
    explicit LogoDrawing(const QByteArray &bytes) : m_bytes(bytes) {}
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    QByteArray m_bytes;
};

#pragma once

#include "documents/Drawing.h"

#include <QAbstractTextDocumentLayout>
#include <QObject>
#include <QTextCharFormat>
#include <QTextFormat>
#include <memory>
#include <vector>

// Lets a QTextDocument hold Drawings: each sits in the text as one object character whose format
// names the drawing and its size.
class DrawingObjects : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    explicit DrawingObjects(QObject *parent = nullptr) : QObject(parent) {}

    // The character format that places drawing at size (layout units).
    QTextCharFormat add(std::shared_ptr<const Drawing> drawing, const QSizeF &size);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    enum Property { IndexProperty = QTextFormat::UserProperty + 1, SizeProperty };
    std::vector<std::shared_ptr<const Drawing>> m_drawings;
};

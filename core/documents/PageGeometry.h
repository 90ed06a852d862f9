#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QSizeF>

// The paper every document is printed on: A4, with a wide left margin for binding. Documents are
// laid out in units of 1/300 inch on every device, so the GUI, the CLI and the tests place every
// line on the same page.
class PageGeometry {
public:
    static constexpr int Resolution = 300;  // layout units per inch

    static constexpr qreal mm(qreal millimetres) { return millimetres * Resolution / 25.4; }
    static constexpr qreal pt(qreal points) { return points * Resolution / 72.0; }
    // Qt measures the lengths of text formats (block margins, table borders, cell padding) in
    // 1/96 inch and scales them to the layout's resolution: these give such values.
    static constexpr qreal formatMm(qreal millimetres) { return mm(millimetres) * 96.0 / Resolution; }
    static constexpr qreal formatPt(qreal points) { return pt(points) * 96.0 / Resolution; }
    static constexpr qreal fromFormatUnits(qreal value) { return value * Resolution / 96.0; }

    // Margins in millimetres: 30 mm at the binding edge, room for the page number at the foot.
    static QMarginsF marginsMm() { return {30, 20, 20, 22}; }
    static QPageLayout layout(QPageLayout::Orientation orientation)
    {
        return QPageLayout(QPageSize(QPageSize::A4), orientation, marginsMm(), QPageLayout::Millimeter);
    }
    // The whole sheet and the area inside the margins, in layout units.
    static QSizeF paper(QPageLayout::Orientation orientation)
    {
        const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
        const QSizeF sheet = orientation == QPageLayout::Landscape ? a4.transposed() : a4;
        return {mm(sheet.width()), mm(sheet.height())};
    }
    static QSizeF body(QPageLayout::Orientation orientation)
    {
        const QSizeF sheet = paper(orientation);
        const QMarginsF margins = marginsMm();
        return {sheet.width() - mm(margins.left() + margins.right()), sheet.height() - mm(margins.top() + margins.bottom())};
    }
};

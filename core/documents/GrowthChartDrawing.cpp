#include "documents/GrowthChartDrawing.h"

#include "documents/DrawingFont.h"
#include "documents/PageGeometry.h"
#include "growth/NutritionalStatus.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();
// The last day of the length table and the first of the height table, in months.
constexpr double LastLengthMonth = 730 / GrowthCurve::DaysPerMonth;
constexpr double FirstHeightMonth = 731 / GrowthCurve::DaysPerMonth;

// Light tints that print well in colour and stay distinct in grey.
const QColor Severe(0xF5, 0xC6, 0xC3);
const QColor Moderate(0xFB, 0xE3, 0x96);
const QColor Normal(0xCC, 0xE8, 0xC4);
const QColor Above(0xFF, 0xF4, 0xC9);
const QColor WellAbove(0xF9, 0xD3, 0xA3);
const QColor ChildColour(0x0B, 0x3C, 0x8C);
constexpr qreal LegendPoints = 7;
constexpr qreal LegendRowMm = 4.5;
constexpr qreal SwatchMm = 4;
constexpr qreal SwatchGapMm = 1.2;
constexpr qreal PointRadiusMm = 1.05;

QPen pen(const QColor &colour, qreal points, Qt::PenStyle style = Qt::SolidLine)
{
    QPen result(colour, PageGeometry::pt(points), style, Qt::FlatCap, Qt::RoundJoin);
    return result;
}

QString zText(double z)
{
    if (z == 0)
        return QStringLiteral("0");
    return (z > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + QString::number(std::abs(z));
}

QString number(double value)
{
    return QLocale().toString(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : 1);
}

}  // namespace

GrowthChartDrawing::GrowthChartDrawing(GrowthCurve::Kind kind, Sex sex, double firstX, double lastX, const QList<Point> &points)
    : m_kind(kind)
    , m_sex(sex)
    , m_firstX(std::max(firstX, GrowthCurve::firstX(kind)))
    , m_lastX(std::min(lastX, GrowthCurve::lastX(kind)))
    , m_points(points)
{
    double low = Infinity;
    double high = -Infinity;
    for (const QList<Point> &part : curve(-3)) {
        for (const Point &p : part)
            low = std::min(low, p.y);
    }
    for (const QList<Point> &part : curve(3)) {
        for (const Point &p : part)
            high = std::max(high, p.y);
    }
    for (const Point &p : points) {
        if (p.x >= m_firstX && p.x <= m_lastX) {
            low = std::min(low, p.y);
            high = std::max(high, p.y);
        }
    }
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0;
        high = 1;
    }
    m_firstY = low;
    m_lastY = high;
    const double step = yMajorStep();
    m_firstY = std::floor(low / step) * step;
    m_lastY = std::ceil(high / step) * step;
    if (m_lastY <= m_firstY)
        m_lastY = m_firstY + step;
}

QList<QList<double>> GrowthChartDrawing::sampleXs() const
{
    const bool byAge = m_kind == GrowthCurve::Kind::LengthForAge || m_kind == GrowthCurve::Kind::WeightForAge;
    const double step = byAge ? 0.25 : 0.5;
    const auto range = [step](double from, double to) {
        QList<double> xs;
        for (double x = from; x < to - 1e-9; x += step)
            xs.append(x);
        xs.append(to);
        return xs;
    };
    if (m_kind != GrowthCurve::Kind::LengthForAge)
        return {range(m_firstX, m_lastX)};
    // Length (lying) up to 730 days, height (standing) from 731: two parts, about 0.7 cm apart.
    QList<QList<double>> parts;
    if (m_firstX < LastLengthMonth)
        parts.append(range(m_firstX, std::min(m_lastX, 24.0)));
    if (m_lastX > FirstHeightMonth)
        parts.append(range(std::max(m_firstX, 24.0), m_lastX));
    return parts;
}

QList<QList<GrowthChartDrawing::Point>> GrowthChartDrawing::curve(double z) const
{
    QList<QList<Point>> result;
    const QList<QList<double>> parts = sampleXs();
    for (int index = 0; index < parts.size(); ++index) {
        QList<Point> points;
        // The 24-month edge is day 730 of the length part on its left and day 731 of the height part on its right.
        const bool lengthPart = parts[index].first() < 24.0 - 1e-9;
        for (double x : parts[index]) {
            double at = x;
            if (m_kind == GrowthCurve::Kind::LengthForAge)
                at = lengthPart ? std::min(x, LastLengthMonth) : std::max(x, FirstHeightMonth);
            const double value = GrowthCurve::value(m_kind, m_sex, at, z);
            if (std::isfinite(value))
                points.append({x, value});
        }
        if (!points.isEmpty())
            result.append(points);
    }
    return result;
}

QList<GrowthChartDrawing::Band> GrowthChartDrawing::bands() const
{
    const auto name = [](NutritionalCategory category) { return NutritionalStatus::name(category); };
    switch (m_kind) {
    case GrowthCurve::Kind::LengthForAge:
        return {{-Infinity, -3, Severe, name(NutritionalCategory::SeverelyStunted)},
                {-3, -2, Moderate, name(NutritionalCategory::Stunted)},
                {-2, 3, Normal, name(NutritionalCategory::NormalHeight)}};
    case GrowthCurve::Kind::WeightForAge:
        return {{-Infinity, -3, Severe, name(NutritionalCategory::SeverelyUnderweight)},
                {-3, -2, Moderate, name(NutritionalCategory::Underweight)},
                {-2, 1, Normal, name(NutritionalCategory::NormalWeight)},
                {1, Infinity, Above, name(NutritionalCategory::RiskOfOverweight)}};
    case GrowthCurve::Kind::WeightForLength:
    case GrowthCurve::Kind::WeightForHeight:
        return {{-Infinity, -3, Severe, name(NutritionalCategory::SeverelyWasted)},
                {-3, -2, Moderate, name(NutritionalCategory::Wasted)},
                {-2, 1, Normal, name(NutritionalCategory::WellNourished)},
                {1, 2, Above, name(NutritionalCategory::PossibleRiskOfOverweight)},
                {2, 3, WellAbove, name(NutritionalCategory::Overweight)},
                {3, Infinity, Severe, name(NutritionalCategory::Obese)}};
    }
    return {};
}

QList<GrowthChartDrawing::Line> GrowthChartDrawing::lines() const
{
    QList<Line> result{{-3, pen(QColor(0x21, 0x21, 0x21), 0.9)},
                       {-2, pen(QColor(0xC0, 0x39, 0x2B), 0.9)},
                       {0, pen(QColor(0x1E, 0x7B, 0x34), 1.2)},
                       {2, pen(QColor(0xC0, 0x39, 0x2B), 0.9)},
                       {3, pen(QColor(0x21, 0x21, 0x21), 0.9)}};
    // +1 SD bounds a category of the weight indices.
    if (m_kind != GrowthCurve::Kind::LengthForAge)
        result.insert(3, {1, pen(QColor(0x5E, 0x7D, 0x2E), 0.6, Qt::DashLine)});
    return result;
}

double GrowthChartDrawing::yMajorStep() const
{
    if (m_kind == GrowthCurve::Kind::LengthForAge)
        return 5;
    const double range = m_lastY - m_firstY;
    return range <= 16 ? 1 : (range <= 32 ? 2 : 5);
}

double GrowthChartDrawing::yMinorStep() const
{
    return m_kind == GrowthCurve::Kind::LengthForAge ? 1 : (yMajorStep() == 1 ? 0.5 : 1);
}

double GrowthChartDrawing::xMajorStep() const
{
    const bool byAge = m_kind == GrowthCurve::Kind::LengthForAge || m_kind == GrowthCurve::Kind::WeightForAge;
    if (!byAge)
        return 5;
    return m_lastX - m_firstX <= 24 ? 3 : 6;
}

double GrowthChartDrawing::xLabelStep() const
{
    const bool byAge = m_kind == GrowthCurve::Kind::LengthForAge || m_kind == GrowthCurve::Kind::WeightForAge;
    if (!byAge)
        return 5;
    return m_lastX - m_firstX <= 24 ? 1 : 3;
}

QStringList GrowthChartDrawing::legendTexts() const
{
    QStringList texts;
    for (const Band &band : bands()) {
        texts << (!std::isfinite(band.low) ? tr("%1 (below %2 SD)").arg(band.name, zText(band.high))
                  : !std::isfinite(band.high) ? tr("%1 (above %2 SD)").arg(band.name, zText(band.low))
                                              : tr("%1 (%2 to %3 SD)").arg(band.name, zText(band.low), zText(band.high)));
    }
    texts << tr("The child's measurements");
    return texts;
}

// Where each legend entry starts, left to right in rows as wide as the frame, from (0, 0).
QList<QPointF> GrowthChartDrawing::legendPlaces(qreal width) const
{
    // Fonts sized in pixels measure the same on every device.
    const QFontMetricsF metrics(DrawingFont::of(LegendPoints));
    QList<QPointF> places;
    qreal x = 0;
    qreal y = 0;
    for (const QString &text : legendTexts()) {
        const qreal entry = PageGeometry::mm(SwatchMm + SwatchGapMm) + metrics.horizontalAdvance(text);
        if (x > 0 && x + entry > width) {
            x = 0;
            y += PageGeometry::mm(LegendRowMm);
        }
        places.append(QPointF(x, y));
        x += entry + PageGeometry::mm(4);
    }
    return places;
}

int GrowthChartDrawing::legendRows(qreal width) const
{
    const QList<QPointF> places = legendPlaces(width);
    return places.isEmpty() ? 0 : 1 + int(std::lround(places.last().y() / PageGeometry::mm(LegendRowMm)));
}

QRectF GrowthChartDrawing::plotRect(const QRectF &area) const
{
    const qreal left = PageGeometry::mm(13);
    const qreal right = PageGeometry::mm(7);
    const qreal top = PageGeometry::mm(2);
    const qreal bottom = PageGeometry::mm(10.5 + LegendRowMm * legendRows(area.width() - left - right));
    return area.adjusted(left, top, -right, -bottom);
}

QPointF GrowthChartDrawing::position(const QRectF &plot, double x, double y) const
{
    return {plot.left() + (x - m_firstX) / (m_lastX - m_firstX) * plot.width(),
            plot.bottom() - (y - m_firstY) / (m_lastY - m_firstY) * plot.height()};
}

void GrowthChartDrawing::paint(QPainter &painter, const QRectF &area) const
{
    const QRectF plot = plotRect(area);
    painter.save();
    painter.setClipRect(plot);
    paintBands(painter, plot);
    paintGrid(painter, plot);
    paintCurves(painter, plot);
    paintPoints(painter, plot);
    painter.restore();
    paintAxes(painter, area, plot);
    paintLegend(painter, area, plot);
}

void GrowthChartDrawing::paintBands(QPainter &painter, const QRectF &plot) const
{
    // Each band is painted from the foot of the chart up to its upper curve, the highest first,
    // so that neighbouring bands meet without a seam.
    QList<Band> ordered = bands();
    std::sort(ordered.begin(), ordered.end(), [](const Band &a, const Band &b) { return a.high > b.high; });
    painter.setPen(Qt::NoPen);
    for (const Band &band : ordered) {
        painter.setBrush(band.colour);
        if (!std::isfinite(band.high)) {
            painter.drawRect(plot);
            continue;
        }
        for (const QList<Point> &part : curve(band.high)) {
            QPolygonF polygon;
            polygon << QPointF(position(plot, part.first().x, 0).x(), plot.bottom());
            for (const Point &p : part)
                polygon << position(plot, p.x, p.y);
            polygon << QPointF(position(plot, part.last().x, 0).x(), plot.bottom());
            painter.drawPolygon(polygon);
        }
    }
}

void GrowthChartDrawing::paintGrid(QPainter &painter, const QRectF &plot) const
{
    const QPen minor = pen(QColor(0, 0, 0, 40), 0.25);
    const QPen major = pen(QColor(0, 0, 0, 95), 0.4);
    const auto vertical = [&](double step, const QPen &linePen) {
        painter.setPen(linePen);
        for (double x = std::ceil(m_firstX / step) * step; x <= m_lastX + 1e-9; x += step)
            painter.drawLine(QPointF(position(plot, x, 0).x(), plot.top()), QPointF(position(plot, x, 0).x(), plot.bottom()));
    };
    const auto horizontal = [&](double step, const QPen &linePen) {
        painter.setPen(linePen);
        for (double y = std::ceil(m_firstY / step) * step; y <= m_lastY + 1e-9; y += step)
            painter.drawLine(QPointF(plot.left(), position(plot, 0, y).y()), QPointF(plot.right(), position(plot, 0, y).y()));
    };
    // Minor lines only where they stay at least 1.2 mm apart.
    const qreal minimum = PageGeometry::mm(1.2);
    if (plot.width() / (m_lastX - m_firstX) >= minimum)
        vertical(1, minor);
    if (plot.height() / (m_lastY - m_firstY) * yMinorStep() >= minimum)
        horizontal(yMinorStep(), minor);
    vertical(xMajorStep(), major);
    horizontal(yMajorStep(), major);
}

void GrowthChartDrawing::paintCurves(QPainter &painter, const QRectF &plot) const
{
    painter.setBrush(Qt::NoBrush);
    for (const Line &line : lines()) {
        painter.setPen(line.pen);
        for (const QList<Point> &part : curve(line.z)) {
            QPolygonF polyline;
            for (const Point &p : part)
                polyline << position(plot, p.x, p.y);
            painter.drawPolyline(polyline);
        }
    }
}

void GrowthChartDrawing::paintPoints(QPainter &painter, const QRectF &plot) const
{
    if (m_points.isEmpty())
        return;
    QPolygonF polyline;
    for (const Point &p : m_points)
        polyline << position(plot, p.x, p.y);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(pen(ChildColour, 1.0));
    painter.drawPolyline(polyline);
    painter.setPen(pen(Qt::white, 0.5));
    painter.setBrush(ChildColour);
    const qreal radius = PageGeometry::mm(PointRadiusMm);
    for (const QPointF &at : polyline)
        painter.drawEllipse(at, radius, radius);
}

void GrowthChartDrawing::paintAxes(QPainter &painter, const QRectF &area, const QRectF &plot) const
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(pen(Qt::black, 0.7));
    painter.drawRect(plot);

    painter.setFont(DrawingFont::of(7));
    const qreal tick = PageGeometry::mm(1);
    const qreal labelHeight = PageGeometry::mm(3.5);
    for (double x = std::ceil(m_firstX / xLabelStep()) * xLabelStep(); x <= m_lastX + 1e-9; x += xLabelStep()) {
        const qreal at = position(plot, x, 0).x();
        painter.drawLine(QPointF(at, plot.bottom()), QPointF(at, plot.bottom() + tick));
        painter.drawText(QRectF(at - PageGeometry::mm(5), plot.bottom() + tick, PageGeometry::mm(10), labelHeight),
                         Qt::AlignHCenter | Qt::AlignTop, number(x));
    }
    for (double y = std::ceil(m_firstY / yMajorStep()) * yMajorStep(); y <= m_lastY + 1e-9; y += yMajorStep()) {
        const qreal at = position(plot, 0, y).y();
        painter.drawLine(QPointF(plot.left() - tick, at), QPointF(plot.left(), at));
        painter.drawText(QRectF(plot.left() - PageGeometry::mm(9), at - labelHeight / 2, PageGeometry::mm(9) - tick - PageGeometry::mm(0.6), labelHeight),
                         Qt::AlignRight | Qt::AlignVCenter, number(y));
    }

    // The SD of each curve at its right end.
    painter.setFont(DrawingFont::of(7, true));
    for (const Line &line : lines()) {
        const QList<QList<Point>> parts = curve(line.z);
        if (parts.isEmpty())
            continue;
        const QPointF end = position(plot, parts.last().last().x, parts.last().last().y);
        painter.setPen(line.pen.color());
        painter.drawText(QRectF(plot.right() + PageGeometry::mm(0.8), end.y() - labelHeight / 2, PageGeometry::mm(6), labelHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, zText(line.z));
    }

    painter.setPen(Qt::black);
    painter.setFont(DrawingFont::of(8, true));
    const qreal titleTop = plot.bottom() + tick + labelHeight;
    painter.drawText(QRectF(plot.left(), titleTop, plot.width(), PageGeometry::mm(4.5)), Qt::AlignHCenter | Qt::AlignTop,
                     GrowthCurve::xTitle(m_kind));
    painter.save();
    painter.translate(area.left() + PageGeometry::mm(0.5), plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), PageGeometry::mm(4)), Qt::AlignHCenter | Qt::AlignTop,
                     GrowthCurve::yTitle(m_kind));
    painter.restore();
}

void GrowthChartDrawing::paintLegend(QPainter &painter, const QRectF &area, const QRectF &plot) const
{
    const QFont font = DrawingFont::of(LegendPoints);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal rowHeight = PageGeometry::mm(LegendRowMm);
    const qreal swatch = PageGeometry::mm(SwatchMm);
    const QStringList texts = legendTexts();
    const QList<QPointF> places = legendPlaces(plot.width());
    const QList<Band> shown = bands();
    const QPointF origin(plot.left(), area.bottom() - rowHeight * legendRows(plot.width()));
    for (int i = 0; i < texts.size(); ++i) {
        const QPointF at = origin + places[i];
        const qreal middle = at.y() + rowHeight / 2;
        if (i < shown.size()) {
            painter.setPen(pen(QColor(0x60, 0x60, 0x60), 0.3));
            painter.setBrush(shown[i].colour);
            painter.drawRect(QRectF(at.x(), middle - PageGeometry::mm(1.3), swatch, PageGeometry::mm(2.6)));
        } else {
            painter.setPen(pen(ChildColour, 1.0));
            painter.drawLine(QPointF(at.x(), middle), QPointF(at.x() + swatch, middle));
            painter.setPen(pen(Qt::white, 0.5));
            painter.setBrush(ChildColour);
            painter.drawEllipse(QPointF(at.x() + swatch / 2, middle), PageGeometry::mm(PointRadiusMm), PageGeometry::mm(PointRadiusMm));
        }
        painter.setPen(Qt::black);
        const qreal textLeft = at.x() + swatch + PageGeometry::mm(SwatchGapMm);
        painter.drawText(QRectF(textLeft, at.y(), metrics.horizontalAdvance(texts[i]) + PageGeometry::mm(1), rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, texts[i]);
    }
}

#pragma once

#include "documents/Drawing.h"
#include "documents/GrowthCurve.h"
#include "domain/Sex.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPolygonF>
#include <QString>
#include <QStringList>

// One chart of a growth chart sheet, like the KMS card: the WHO curves at -3, -2, 0, +2 and +3 SD
// (and +1 where it bounds a category) for the child's sex over the chosen range, the bands between
// them tinted by the Indonesian category they stand for (green normal, yellow and red below), a
// grid with labelled axes, and the child's measurements as points joined in date order.
class GrowthChartDrawing : public Drawing {
    Q_DECLARE_TR_FUNCTIONS(GrowthChartDrawing)
public:
    struct Point {
        double x = 0;  // age in months, or length/height in cm
        double y = 0;  // length/height in cm, or weight in kg
    };

    // firstX and lastX: the part of the curves to draw (months or cm), within the WHO table.
    GrowthChartDrawing(GrowthCurve::Kind kind, Sex sex, double firstX, double lastX, const QList<Point> &points);

    void paint(QPainter &painter, const QRectF &area) const override;

    // Where the chart's frame lies inside the drawing's area, and where a value falls in it.
    QRectF plotRect(const QRectF &area) const;
    QPointF position(const QRectF &plot, double x, double y) const;
    double firstX() const { return m_firstX; }
    double lastX() const { return m_lastX; }
    double firstY() const { return m_firstY; }
    double lastY() const { return m_lastY; }
    // The curve at z as drawn: sample points (x, value) of each continuous part (length-for-age
    // has two: length up to 730 days, height from 731).
    QList<QList<Point>> curve(double z) const;

private:
    struct Band {
        double low;   // z; -infinity for the bottom of the chart
        double high;  // z; +infinity for the top
        QColor colour;
        QString name;
    };
    struct Line {
        double z;
        QPen pen;
    };

    QList<Band> bands() const;
    QList<Line> lines() const;
    QList<QList<double>> sampleXs() const;
    double yMajorStep() const;
    double yMinorStep() const;
    double xMajorStep() const;
    double xLabelStep() const;
    QStringList legendTexts() const;
    QList<QPointF> legendPlaces(qreal width) const;
    int legendRows(qreal width) const;

    void paintBands(QPainter &painter, const QRectF &plot) const;
    void paintGrid(QPainter &painter, const QRectF &plot) const;
    void paintCurves(QPainter &painter, const QRectF &plot) const;
    void paintAxes(QPainter &painter, const QRectF &area, const QRectF &plot) const;
    void paintPoints(QPainter &painter, const QRectF &plot) const;
    void paintLegend(QPainter &painter, const QRectF &area, const QRectF &plot) const;

    GrowthCurve::Kind m_kind;
    Sex m_sex;
    double m_firstX;
    double m_lastX;
    double m_firstY = 0;
    double m_lastY = 1;
    QList<Point> m_points;
};

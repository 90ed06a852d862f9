#include "documents/PrintableDocument.h"

#include "documents/PageGeometry.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QTextFrame>
#include <QTextFrameFormat>

PrintableDocument::PrintableDocument(const QString &title, QPageLayout::Orientation orientation)
    : m_title(title)
    , m_orientation(orientation)
    , m_layoutDevice(1, 1, QImage::Format_ARGB32)
    , m_content(std::make_unique<QTextDocument>())
    , m_drawings(std::make_unique<DrawingObjects>())
{
    const int dotsPerMetre = qRound(PageGeometry::Resolution / 0.0254);
    m_layoutDevice.setDotsPerMeterX(dotsPerMetre);
    m_layoutDevice.setDotsPerMeterY(dotsPerMetre);
    m_content->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_content->documentLayout()->registerHandler(DrawingObjects::ObjectType, m_drawings.get());
    m_content->setDocumentMargin(0);
    m_content->setPageSize(PageGeometry::body(orientation));
    m_content->setUseDesignMetrics(true);

    QFont font(QStringLiteral("Liberation Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(11);
    m_content->setDefaultFont(font);
    m_content->setMetaInformation(QTextDocument::DocumentTitle, title);
}

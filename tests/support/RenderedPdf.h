#pragma once

#include "PdfText.h"
#include "documents/DocumentRenderer.h"
#include "documents/PrintableDocument.h"

#include <QTemporaryDir>

// A document written to a temporary PDF and read back with pdftotext, one string per page.
class RenderedPdf {
public:
    explicit RenderedPdf(PrintableDocument &document, const QString &name = QStringLiteral("document.pdf"))
        : m_path(m_dir.filePath(name))
    {
        m_status = DocumentRenderer::writePdf(document, m_path);
        if (m_status)
            m_pages = PdfText::pages(m_path);
    }

    bool ok() const { return m_status.ok() && !m_pages.isEmpty(); }
    QString error() const { return m_status.error(); }
    QString path() const { return m_path; }
    const QStringList &pages() const { return m_pages; }
    int pageCount() const { return int(m_pages.size()); }
    QString text() const { return m_pages.join(QLatin1Char('\n')); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Status m_status;
    QStringList m_pages;
};

#pragma once

#include "documents/DrawingObjects.h"

#include <QImage>
#include <QPageLayout>
#include <QString>
#include <QTextDocument>
#include <QThread>
#include <memory>

// A document ready to print: its content laid out in pages of A4 (see PageGeometry), its title
// for the PDF's properties, and whether it is an internal copy ("RAHASIA" on every page).
// Built by the classes of core/documents through DocumentComposer; painted by DocumentRenderer.
class PrintableDocument {
public:
    explicit PrintableDocument(const QString &title, QPageLayout::Orientation orientation = QPageLayout::Portrait);

    QString title() const { return m_title; }
    QPageLayout::Orientation orientation() const { return m_orientation; }
    bool isConfidential() const { return m_confidential; }
    void setConfidential(bool confidential) { m_confidential = confidential; }

    QTextDocument &content() { return *m_content; }
    DrawingObjects &drawings() { return *m_drawings; }
    int pageCount() { return m_content->pageCount(); }
    // The content's plain text, for tests and searches.
    QString plainText() const { return m_content->toPlainText(); }
    // Hands the document to another thread (built in the background, shown in the window).
    // Called on the thread the document belongs to.
    void moveToThread(QThread *thread)
    {
        m_content->moveToThread(thread);
        m_drawings->moveToThread(thread);
    }

private:
    QString m_title;
    QPageLayout::Orientation m_orientation;
    bool m_confidential = false;
    QImage m_layoutDevice;  // fixes the layout's resolution, whatever the screen
    std::unique_ptr<QTextDocument> m_content;
    std::unique_ptr<DrawingObjects> m_drawings;
};

#pragma once

#include <QTextBlock>

class PrintableDocument;

// Keeps the paragraph that closes a document (e.g. "This report is made ...") on the page of the
// signatures that follow it: when the signatures had to start a new page, the paragraph goes to
// that page too, so that no page holds signatures alone.
class ClosingParagraph {
public:
    // `closing` is the last block of the paragraph written just before the signatures.
    static void keepWithSignatures(PrintableDocument &document, const QTextBlock &closing);
};

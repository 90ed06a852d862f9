#include <catch2/catch.hpp>

#include "RenderedPdf.h"
#include "documents/ClosingParagraph.h"
#include "documents/DocumentComposer.h"

// Whatever comes before them, the signatures never stand alone on a page: the closing paragraph
// goes with them.
TEST_CASE("The closing paragraph stays on the page of the signatures", "[documents]")
{
    int moved = 0;
    for (int filler = 30; filler < 60; ++filler) {
        PrintableDocument document(QStringLiteral("Closing"));
        DocumentComposer composer(document);
        for (int i = 0; i < filler; ++i)
            composer.paragraph(QStringLiteral("Baris pengisi nomor %1.").arg(i));
        composer.paragraph(QStringLiteral("Demikian laporan ini dibuat untuk dipergunakan sebagaimana mestinya."));
        const QTextBlock closing = composer.cursor().block();
        composer.signatures({{QStringLiteral("Sukamaju, 16 September 2024"), QStringLiteral("Ketua Tim AKS"), QStringLiteral("Penanda Tangan"),
                              QStringLiteral("Pembina / IV a"), QStringLiteral("197512162006042013")}});
        ClosingParagraph::keepWithSignatures(document, closing);
        RenderedPdf pdf(document);
        REQUIRE(pdf.ok());
        INFO("filler " << filler);
        const QString last = pdf.pages().last().simplified();
        CHECK(last.contains(QStringLiteral("Penanda Tangan")));
        CHECK(last.contains(QStringLiteral("Demikian laporan ini dibuat")));
        moved += closing.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore ? 1 : 0;
    }
    CHECK(moved > 0);  // some of the lengths did need the move
}

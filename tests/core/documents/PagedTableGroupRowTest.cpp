#include <catch2/catch.hpp>

#include "RenderedPdf.h"
#include "documents/DocumentComposer.h"

#include <QRegularExpression>

// A group row (an agency over its RTL items) at the foot of a page would head nothing there: the
// page breaks before it, so it always shares its page with the first row under it.
TEST_CASE("A group row is never left alone at the foot of a page", "[documents]")
{
    for (int lead = 0; lead < 12; ++lead) {  // different amounts of text before the table move the page breaks
        PrintableDocument document(QStringLiteral("Groups"));
        DocumentComposer composer(document);
        for (int i = 0; i < lead; ++i)
            composer.paragraph(QStringLiteral("Paragraf pembuka %1.").arg(i));
        DocumentTable table({QStringLiteral("No."), QStringLiteral("Uraian")}, {10, 90});
        for (int row = 1; row <= 90; ++row) {
            if (row % 6 == 1)
                table.addGroupRow(QStringLiteral("KELOMPOK%1").arg(row / 6 + 1));
            table.addRow({QString::number(row), QStringLiteral("baris%1\nlanjutan").arg(row)});
        }
        composer.table(table);
        RenderedPdf pdf(document);
        REQUIRE(pdf.ok());
        REQUIRE(pdf.pageCount() >= 3);
        for (int group = 1; group <= 15; ++group) {
            const QRegularExpression label(QStringLiteral("\\bKELOMPOK%1\\b").arg(group));
            const QRegularExpression firstRow(QStringLiteral("\\bbaris%1\\b").arg((group - 1) * 6 + 1));
            int labelPage = -1;
            int rowPage = -1;
            for (int page = 0; page < pdf.pageCount(); ++page) {
                if (pdf.pages()[page].contains(label))
                    labelPage = page;
                if (pdf.pages()[page].contains(firstRow))
                    rowPage = page;
            }
            INFO("lead " << lead << ", group " << group);
            REQUIRE(labelPage >= 0);
            CHECK(labelPage == rowPage);
        }
    }
}

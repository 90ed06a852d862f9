#include <catch2/catch.hpp>

#include "PdfText.h"
#include "documents/DocumentComposer.h"
#include "documents/DocumentRenderer.h"
#include "documents/PrintableDocument.h"
#include "domain/WorkspaceSettings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

WorkspaceSettings sukamaju()
{
    WorkspaceSettings settings;
    settings.governmentName = QStringLiteral("Pemerintah Kabupaten Sukamaju");
    settings.officeName = QStringLiteral("Dinas Pengendalian Penduduk dan Keluarga Berencana");
    settings.address = QStringLiteral("Jalan Raya Sukamaju No. 17");
    settings.letterheadLines = QStringLiteral("Telepon (0265) 771234");
    settings.logo = QByteArrayLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><circle cx='5' cy='5' r='4'/></svg>");
    return settings;
}

// A table long enough for several pages, whose rows have one to four lines.
std::unique_ptr<PrintableDocument> longTable(bool confidential)
{
    auto document = std::make_unique<PrintableDocument>(QStringLiteral("Test"));
    document->setConfidential(confidential);
    DocumentComposer composer(*document);
    composer.letterhead(sukamaju());
    composer.title(QStringLiteral("Daftar Uji"), {QStringLiteral("Nomor 1")});
    DocumentTable table({QStringLiteral("No."), QStringLiteral("Kode"), QStringLiteral("Uraian")}, {8, 22, 70});
    for (int row = 1; row <= 150; ++row) {
        QStringList lines;
        for (int line = 0; line <= row % 4; ++line)
            lines << QStringLiteral("baris%1-%2").arg(row).arg(line);
        if (row % 40 == 0)
            table.addGroupRow(QStringLiteral("Kelompok %1").arg(row / 40));
        table.addRow({QString::number(row), QStringLiteral("KODE%1").arg(row), lines.join(QLatin1Char('\n'))});
    }
    composer.table(table);
    composer.signatures({{QStringLiteral("Sukamaju, 31 Oktober 2023"), QStringLiteral("Kepala Dinas"),
                          QStringLiteral("dr. Rina Wulandari, M.Kes"), QStringLiteral("Pembina / IV a"),
                          QStringLiteral("197512162006042013")}});
    return document;
}

}  // namespace

TEST_CASE("A long table repeats its header on every page and never splits a row", "[documents]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.pdf"));
    auto document = longTable(false);
    REQUIRE(DocumentRenderer::writePdf(*document, path));

    const QStringList pages = PdfText::pages(path);
    REQUIRE(pages.size() >= 3);
    REQUIRE(pages.size() == document->pageCount());
    CHECK(pages.first().contains(QStringLiteral("PEMERINTAH KABUPATEN SUKAMAJU")));
    CHECK(pages.first().contains(QStringLiteral("DAFTAR UJI")));
    for (int page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(pages[page].contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size())));
        if (pages[page].contains(QStringLiteral("KODE")))
            CHECK(pages[page].contains(QStringLiteral("Uraian")));
        CHECK_FALSE(pages[page].contains(QStringLiteral("CONFIDENTIAL")));
    }
    CHECK_FALSE(pages[1].contains(QStringLiteral("PEMERINTAH KABUPATEN SUKAMAJU")));
    // Every line of a row is on the page of its code.
    for (int row = 1; row <= 150; ++row) {
        const QString code = QStringLiteral("KODE%1").arg(row);
        int codePage = -1;
        for (int page = 0; page < pages.size(); ++page) {
            if (pages[page].contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(code))))
                codePage = page;
        }
        INFO(code.toStdString());
        REQUIRE(codePage >= 0);
        for (int line = 0; line <= row % 4; ++line)
            CHECK(pages[codePage].contains(QStringLiteral("baris%1-%2").arg(row).arg(line)));
    }
    CHECK(pages.last().contains(QStringLiteral("NIP. 19751216 200604 2 013")));
}

TEST_CASE("An internal copy says CONFIDENTIAL on every page", "[documents]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("internal.pdf"));
    auto document = longTable(true);
    REQUIRE(DocumentRenderer::writePdf(*document, path));
    const QStringList pages = PdfText::pages(path);
    REQUIRE(pages.size() >= 3);
    for (const QString &page : pages)
        CHECK(page.count(QStringLiteral("CONFIDENTIAL")) == 2);
}

TEST_CASE("A PDF that cannot be written leaves what was there", "[documents]")
{
    QTemporaryDir dir;
    auto document = longTable(false);
    const Status missingFolder = DocumentRenderer::writePdf(*document, dir.filePath(QStringLiteral("no/such/folder/x.pdf")));
    CHECK_FALSE(missingFolder);
    CHECK(missingFolder.error().contains(QStringLiteral("x.pdf")));
}

// Writes the sample to /tmp/tuntas-docs for looking at (pdftoppm); not part of the suite.
TEST_CASE("Sample table document for viewing", "[.documents-sample]")
{
    QDir().mkpath(QStringLiteral("/tmp/tuntas-docs"));
    auto document = longTable(true);
    REQUIRE(DocumentRenderer::writePdf(*document, QStringLiteral("/tmp/tuntas-docs/table.pdf")));
}

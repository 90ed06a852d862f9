#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "demo/DemoDistrict.h"
#include "importing/CsvTable.h"
#include "importing/ImportLookup.h"
#include "storage/RegionRepository.h"

TEST_CASE("CSV files are read in UTF-8, Windows-1252 and UTF-16, with blank lines left out", "[import][csv]")
{
    auto utf8 = CsvTable::read("\xEF\xBB\xBFNama;Desa\n\nRen\xC3\xA9;Babakan\n;\n\"Nur;aini\";\"Kp \"\"Baru\"\"\"\n");
    REQUIRE(utf8.ok());
    CHECK(utf8->header == QStringList{QStringLiteral("Nama"), QStringLiteral("Desa")});
    REQUIRE(utf8->rows.size() == 2);
    CHECK(utf8->rows[0].line == 3);
    CHECK(utf8->rows[0].cells[0] == QStringLiteral("René"));
    CHECK(utf8->rows[1].line == 5);
    CHECK(utf8->rows[1].cells == QStringList{QStringLiteral("Nur;aini"), QStringLiteral("Kp \"Baru\"")});

    // Windows-1252: é is one byte, and the curly quotes of 0x93/0x94 are letters there, not controls.
    auto windows = CsvTable::read("Nama,Catatan\nRen\xE9,\x93" "baik\x94 \x80" "5\n");
    REQUIRE(windows.ok());
    CHECK(windows->rows[0].cells[0] == QStringLiteral("René"));
    CHECK(windows->rows[0].cells[1] == QString::fromUtf8("“baik” €5"));

    // Excel's "Unicode text": UTF-16 with a byte order mark, tab separated.
    const QString text = QStringLiteral("Nama\tDesa\r\nSiti Aisyah\tBabakan\r\n");
    QByteArray utf16("\xFF\xFE", 2);
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    auto unicode = CsvTable::read(utf16);
    REQUIRE(unicode.ok());
    CHECK(unicode->header == QStringList{QStringLiteral("Nama"), QStringLiteral("Desa")});
    CHECK(unicode->rows[0].cells == QStringList{QStringLiteral("Siti Aisyah"), QStringLiteral("Babakan")});
    // The same without the byte order mark.
    auto unmarked = CsvTable::read(utf16.mid(2));
    REQUIRE(unmarked.ok());
    CHECK(unmarked->rows[0].cells == QStringList{QStringLiteral("Siti Aisyah"), QStringLiteral("Babakan")});
}

TEST_CASE("Files that are not CSV text are refused with a message", "[import][csv]")
{
    CHECK(CsvTable::read(QByteArray()).error().contains(QStringLiteral("empty")));
    CHECK(CsvTable::read("\r\n \r\n\n").error().contains(QStringLiteral("empty")));
    CHECK(CsvTable::read(QByteArray("PK\x03\x04\0\0binary", 14)).error().contains(QStringLiteral("not a CSV text file")));
}

TEST_CASE("A desa is found by name, within its kecamatan when the name is not unique", "[import][csv]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    REQUIRE(DemoDistrict::populate(w, QDate(2024, 9, 16)));
    RegionRepository regions(w);
    const Desa first = regions.desa()->first();
    QList<Kecamatan> kecamatan = *regions.kecamatan();
    REQUIRE(kecamatan.size() >= 2);
    QString firstKecamatan, otherKecamatan;
    qint64 otherId = 0;
    for (const Kecamatan &k : kecamatan) {
        if (k.id == first.kecamatanId)
            firstKecamatan = k.name;
        else if (!otherId) {
            otherKecamatan = k.name;
            otherId = k.id;
        }
    }
    auto lookup = ImportLookup::load(w, TargetGroup::Baduta);
    REQUIRE(lookup.ok());
    QString problem;
    CHECK(lookup->desa(QStringLiteral("Desa ") + first.name.toUpper(), QString(), &problem) == first.id);
    CHECK(lookup->desa(QStringLiteral("Atlantis"), QString(), &problem) == 0);
    CHECK(problem.contains(QStringLiteral("not one of this district's")));

    // A second desa of the same name in another kecamatan.
    Desa twin;
    twin.kecamatanId = otherId;
    twin.name = first.name;
    twin.code = QStringLiteral("99.99.99.9999");
    REQUIRE(regions.save(twin));
    lookup = ImportLookup::load(w, TargetGroup::Baduta);
    REQUIRE(lookup.ok());
    CHECK(lookup->desa(first.name, QString(), &problem) == 0);
    CHECK(problem.contains(QStringLiteral("several kecamatan")));
    CHECK(lookup->desa(first.name, QStringLiteral("Kecamatan ") + firstKecamatan, &problem) == first.id);
    CHECK(lookup->desa(first.name, otherKecamatan, &problem) == twin.id);
}

#include <catch2/catch.hpp>

#include "domain/DecimalText.h"
#include "importing/CsvReader.h"
#include "importing/ImportDate.h"
#include "importing/XlsxPackage.h"
#include "importing/XlsxReader.h"
#include "importing/XlsxSheetReader.h"
#include "importing/XlsxStyles.h"
#include "importing/XlsxValueText.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <quazip.h>
#include <quazipfile.h>

// The fixtures are written by tests/data/import/make_xlsx_fixtures.py (openpyxl, XlsxWriter).
namespace {
QString fixture(const char *name)
{
    return QStringLiteral(TUNTAS_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

QByteArray fixtureBytes(const char *name)
{
    QFile file(fixture(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

ImportTable readFixture(const char *name)
{
    auto table = XlsxReader::read(fixture(name));
    INFO(table.error().toStdString());
    REQUIRE(table.ok());
    return *table;
}

QString errorOf(const char *name)
{
    auto table = XlsxReader::read(fixture(name));
    REQUIRE_FALSE(table.ok());
    return table.error();
}

QStringList cells(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}
}

TEST_CASE("XLSX: text, whole numbers such as a NIK, decimals, booleans and errors come out as a CSV would have them", "[xlsx]")
{
    const ImportTable table = readFixture("strings_numbers.xlsx");
    CHECK(table.header == cells({"Nama", "NIK angka", "NIK teks", "Bulat", "Desimal", "Ya/Tidak", "Galat", "Excel"}));
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[0].line == 2);
    CHECK(table.rows[0].cells ==
          cells({"Siti Nurhaliza", "3204151201230001", "3204151201230002", "42", "8.1", "TRUE", "#N/A", "8.1"}));
    CHECK(table.rows[1].cells ==
          cells({"Dédé Rosidah Nur'aini", "3299014506220003", "0032991", "-7", "0.3", "FALSE", "#DIV/0!", "3204151201230001"}));
    CHECK(table.rows[2].cells == cells({"Ñoman Wayan Ëka", "0", " teks dengan spasi ", "123456789", "-12.5", "", "", "0.30000000000000004"}));
    CHECK(table.rows[3].line == 5);
    CHECK(table.rows[3].cells == cells({"Cécep", "1e-07", "", "100000000000000000000", "72.45"}));
}

TEST_CASE("XLSX: only the first sheet in workbook order is read, through the workbook's relationships", "[xlsx]")
{
    // In these files the first sheet is stored as sheet2.xml and the ignored one as sheet1.xml.
    for (const char *name : {"xlsxwriter_inline.xlsx", "xlsxwriter_shared.xlsx"}) {
        INFO(name);
        const ImportTable table = readFixture(name);
        CHECK(table.header == cells({"Nama", "Desa", "BB", "Catatan"}));
        REQUIRE(table.rows.size() == 2);
        // Rich text runs joined, marked spaces kept, a formula's cached text and number result,
        // an escaped carriage return.
        CHECK(table.rows[0].line == 2);
        CHECK(table.rows[0].cells == cells({"Rina Marlina Putri", "", "  7,9  ", "Desa Babakan"}));
        // Rows 3 and 4 are absent and row 5 holds only a space: neither is a data row.
        CHECK(table.rows[1].line == 6);
        CHECK(table.rows[1].cells == cells({"", "Sukaraja", "8.4", "baris\r\nkedua"}));
    }
}

TEST_CASE("XLSX: date cells become ISO dates in the 1900 and 1904 date systems, whatever their format", "[xlsx]")
{
    const ImportTable table = readFixture("dates.xlsx");
    REQUIRE(table.rows.size() == 10);
    QStringList values;
    for (const ImportTable::Row &row : table.rows)
        values << row.cells.value(1);
    CHECK(values == cells({"2023-10-31", "2024-02-29", "2021-08-17", "2023-10-31 14:30:00", "2022-01-05", "08:15:00", "1900-02-28",
                           "45230", "45230", "31/10/2023"}));
    for (const QString &value : values.mid(0, 5))
        CHECK(ImportDate::parse(value).isValid());

    const ImportTable mac = readFixture("dates1904.xlsx");
    REQUIRE(mac.rows.size() == 2);
    CHECK(mac.rows[0].cells == cells({"2023-10-31", "Asep"}));
    CHECK(mac.rows[1].cells == cells({"1904-01-02", "Ujang"}));

    const ImportTable iso = readFixture("iso_dates.xlsx");
    REQUIRE(iso.rows.size() == 1);
    CHECK(iso.rows[0].cells == cells({"2023-10-31", "2023-10-31 07:05:00"}));
}

TEST_CASE("XLSX: rows and cells without references follow the ones before them", "[xlsx]")
{
    const ImportTable table = readFixture("no_references.xlsx");
    CHECK(table.header == cells({"NIK", "Nama", "Desa"}));
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[0].line == 2);
    CHECK(table.rows[1].line == 3);
    CHECK(table.rows[1].cells == cells({"3299010101220002", "Bagas", "Sukaraja"}));
    CHECK(table.rows[2].line == 7);
    CHECK(table.rows[2].cells == cells({"3299010101220003", "Cahya"}));
    CHECK(table.rows[3].line == 8);
    CHECK(table.rows[3].cells == cells({"3299010101220004", "", "Babakan"}));
}

TEST_CASE("XLSX: the e-PPGBM sample reads the same as its CSV twin", "[xlsx]")
{
    const ImportTable table = readFixture("eppgbm_sample.xlsx");
    const QByteArray csv = fixtureBytes("eppgbm_sample.csv");
    CsvReader reader(csv);
    std::vector<std::string_view> fields;
    auto text = [&](std::size_t i) { return QString::fromUtf8(fields[i].data(), qsizetype(fields[i].size())); };
    REQUIRE(reader.next(fields));
    QStringList header;
    for (std::size_t i = 0; i < fields.size(); ++i)
        header << text(i);
    CHECK(table.header == header);
    int compared = 0;
    for (const ImportTable::Row &row : table.rows) {
        REQUIRE(reader.next(fields));
        REQUIRE(row.cells.size() == qsizetype(fields.size()));
        CHECK(row.line == reader.lineNumber());
        for (int column : {0, 1, 2, 7, 8, 9, 10})
            CHECK(row.cells[column] == text(std::size_t(column)));
        for (int column : {3, 4}) {
            CHECK(ImportDate::parse(row.cells[column]) == ImportDate::parse(text(std::size_t(column))));
            CHECK(ImportDate::parse(row.cells[column]).isValid());
        }
        for (int column : {5, 6})
            CHECK(DecimalText::parse(row.cells[column]) == DecimalText::parse(text(std::size_t(column))));
        ++compared;
    }
    CHECK(compared == 8);
    CHECK_FALSE(reader.next(fields));
}

TEST_CASE("XLSX: files that are not readable workbooks say what is wrong and what to do", "[xlsx]")
{
    CHECK(errorOf("text_renamed.xlsx").contains(QStringLiteral("not an Excel workbook")));
    CHECK(errorOf("text_renamed.xlsx").contains(QStringLiteral("CSV")));
    CHECK(errorOf("old_format.xlsx").contains(QStringLiteral("97-2003")));
    CHECK(errorOf("old_format.xlsx").contains(QStringLiteral("save it as an Excel Workbook (.xlsx) or as CSV")));
    CHECK(errorOf("encrypted.xlsx").contains(QStringLiteral("password")));
    CHECK(errorOf("truncated.xlsx").contains(QStringLiteral("damaged or incomplete")));
    CHECK(errorOf("bad_checksum.xlsx").contains(QStringLiteral("damaged or incomplete")));
    CHECK(errorOf("not_workbook.xlsx").contains(QStringLiteral("zip archive but not an Excel workbook")));
    CHECK(errorOf("empty_first_sheet.xlsx").contains(QStringLiteral("The first worksheet, \"Kosong\", is empty")));
    CHECK(errorOf("chart_first.xlsx").contains(QStringLiteral("\"Grafik\", is not a worksheet")));
    const QString malformed = errorOf("malformed_sheet.xlsx");
    CHECK(malformed.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(malformed.contains(QStringLiteral("</rows> ends <row>")));
    CHECK(XlsxReader::read(fixture("no_such_file.xlsx")).error().contains(QStringLiteral("no_such_file.xlsx")));
    CHECK_FALSE(XlsxReader::read(QByteArray()).ok());
}

TEST_CASE("XLSX: workbooks are told from CSV text by their first bytes", "[xlsx]")
{
    CHECK(XlsxReader::isWorkbook(fixtureBytes("strings_numbers.xlsx").left(8)));
    CHECK(XlsxReader::isWorkbook(fixtureBytes("old_format.xlsx").left(8)));
    CHECK_FALSE(XlsxReader::isWorkbook(fixtureBytes("eppgbm_sample.csv").left(8)));
    CHECK_FALSE(XlsxReader::isWorkbook(QByteArray("PK")));
}

TEST_CASE("XLSX: every cut or damaged copy of a workbook gives the table or an error, never a crash", "[xlsx]")
{
    const QByteArray good = fixtureBytes("xlsxwriter_shared.xlsx");
    // QBuffer warns of every seek the zip reader tries beyond the end of a damaged copy.
    const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    // Without the last 22 bytes, the zip's end record, no zip directory can be found.
    for (qsizetype size = 0; size < good.size() - 22; size += 7) {
        const auto table = XlsxReader::read(good.left(size));
        INFO(size);
        CHECK_FALSE(table.ok());
        CHECK_FALSE(table.error().isEmpty());
    }
    int read = 0;
    for (qsizetype at = 0; at < good.size(); at += 3) {
        QByteArray damaged = good;
        damaged[at] = char(damaged[at] ^ 0x5a);
        const auto table = XlsxReader::read(damaged);
        INFO(at);
        CHECK((table.ok() ? !table->header.isEmpty() : !table.error().isEmpty()));
        read += table.ok() ? 1 : 0;
    }
    qInstallMessageHandler(previous);
    // Damage in parts the import does not read (the theme, document properties) changes nothing.
    CHECK(read > 0);
}

TEST_CASE("XLSX numbers: whole numbers keep all their digits, others the shortest exact decimal", "[xlsx]")
{
    CHECK(XlsxValueText::number("3204151201230001") == QStringLiteral("3204151201230001"));
    CHECK(XlsxValueText::number("9171234567890123") == QStringLiteral("9171234567890123"));  // beyond a double's digits
    CHECK(XlsxValueText::number("3.204151201230001E+15") == QStringLiteral("3204151201230001"));
    CHECK(XlsxValueText::number("8.0999999999999996") == QStringLiteral("8.1"));
    CHECK(XlsxValueText::number("45230.0") == QStringLiteral("45230"));
    CHECK(XlsxValueText::number("-0") == QStringLiteral("0"));
    CHECK(XlsxValueText::number("007") == QStringLiteral("7"));
    CHECK(XlsxValueText::number("0.5") == QStringLiteral("0.5"));
    CHECK(XlsxValueText::number("1.5E-3") == QStringLiteral("0.0015"));
    CHECK(XlsxValueText::number("tidak") == QStringLiteral("tidak"));
}

TEST_CASE("XLSX dates: Excel's serial numbers with its 1900 leap-year bug, and the 1904 system", "[xlsx]")
{
    CHECK(XlsxValueText::date("45230", false) == QStringLiteral("2023-10-31"));
    CHECK(XlsxValueText::date("1", false) == QStringLiteral("1900-01-01"));
    CHECK(XlsxValueText::date("59", false) == QStringLiteral("1900-02-28"));
    CHECK(XlsxValueText::date("60", false) == QStringLiteral("1900-02-29"));
    CHECK(XlsxValueText::date("61", false) == QStringLiteral("1900-03-01"));
    CHECK(XlsxValueText::date("43768", true) == QStringLiteral("2023-10-31"));
    CHECK(XlsxValueText::date("45230.999999", false) == QStringLiteral("2023-11-01"));
    CHECK(XlsxValueText::date("45230.5", false) == QStringLiteral("2023-10-31 12:00:00"));
    CHECK(XlsxValueText::date("-1", false) == QStringLiteral("-1"));
    CHECK(XlsxValueText::date("3000000", false) == QStringLiteral("3000000"));
}

TEST_CASE("XLSX formats: date codes are told from number codes with letters in quotes or brackets", "[xlsx]")
{
    CHECK(XlsxStyles::isDateFormatCode(u"dd/mm/yyyy"));
    CHECK(XlsxStyles::isDateFormatCode(u"[$-421]dd mmmm yyyy"));
    CHECK(XlsxStyles::isDateFormatCode(u"h:mm AM/PM"));
    CHECK(XlsxStyles::isDateFormatCode(u"[h]:mm:ss"));
    CHECK_FALSE(XlsxStyles::isDateFormatCode(u"General"));
    CHECK_FALSE(XlsxStyles::isDateFormatCode(u"0 \"hari\""));
    CHECK_FALSE(XlsxStyles::isDateFormatCode(u"#,##0.00_);[Red](#,##0.00)"));
    CHECK_FALSE(XlsxStyles::isDateFormatCode(u"0.0\\d"));
    CHECK(XlsxStyles::isBuiltInDateFormat(14));
    CHECK(XlsxStyles::isBuiltInDateFormat(22));
    CHECK(XlsxStyles::isBuiltInDateFormat(47));
    CHECK_FALSE(XlsxStyles::isBuiltInDateFormat(2));
    CHECK_FALSE(XlsxStyles::isBuiltInDateFormat(49));
}

TEST_CASE("XLSX references: cells by column letters and row, relationship targets relative or absolute", "[xlsx]")
{
    int column = -1;
    int row = -1;
    CHECK(XlsxSheetReader::parseReference("C5", column, row));
    CHECK((column == 2 && row == 5));
    CHECK(XlsxSheetReader::parseReference("AA10", column, row));
    CHECK((column == 26 && row == 10));
    CHECK(XlsxSheetReader::parseReference("XFD1048576", column, row));
    CHECK((column == 16383 && row == 1048576));
    CHECK_FALSE(XlsxSheetReader::parseReference("XFE1", column, row));
    CHECK_FALSE(XlsxSheetReader::parseReference("A0", column, row));
    CHECK_FALSE(XlsxSheetReader::parseReference("A", column, row));
    CHECK_FALSE(XlsxSheetReader::parseReference("5", column, row));

    CHECK(XlsxPackage::resolve(QStringLiteral("xl/workbook.xml"), QStringLiteral("worksheets/sheet1.xml")) == QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(XlsxPackage::resolve(QStringLiteral("xl/workbook.xml"), QStringLiteral("/xl/worksheets/sheet1.xml")) == QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(XlsxPackage::resolve(QStringLiteral("xl/workbook.xml"), QStringLiteral("../xl/sheet%201.xml")) == QStringLiteral("xl/sheet 1.xml"));
    CHECK(XlsxPackage::resolve(QString(), QStringLiteral("xl/workbook.xml")) == QStringLiteral("xl/workbook.xml"));
    CHECK(XlsxPackage::resolve(QStringLiteral("xl/workbook.xml"), QStringLiteral("../../../etc/passwd")) == QStringLiteral("etc/passwd"));
}

TEST_CASE("XLSX: a hidden first sheet is passed over for the first one the user sees", "[xlsx]")
{
    // The same workbook with its first tab hidden, as offices hide lookup lists.
    QuaZip source(QDir(QStringLiteral(TUNTAS_TEST_DATA_DIR "/import")).filePath(QStringLiteral("xlsxwriter_shared.xlsx")));
    REQUIRE(source.open(QuaZip::mdUnzip));
    QBuffer buffer;
    QuaZip hidden(&buffer);
    REQUIRE(hidden.open(QuaZip::mdCreate));
    for (bool more = source.goToFirstFile(); more; more = source.goToNextFile()) {
        QuaZipFile in(&source);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QByteArray content = in.readAll();
        if (source.getCurrentFileName() == QLatin1String("xl/workbook.xml"))
            content.replace("<sheet name=\"Sasaran\"", "<sheet state=\"hidden\" name=\"Sasaran\"");
        QuaZipFile out(&hidden);
        REQUIRE(out.open(QIODevice::WriteOnly, QuaZipNewInfo(source.getCurrentFileName())));
        out.write(content);
        out.close();
    }
    hidden.close();
    auto table = XlsxReader::read(buffer.data());
    REQUIRE(table.ok());
    CHECK(table->header == cells({"Lembar", "ini", "diabaikan"}));
}

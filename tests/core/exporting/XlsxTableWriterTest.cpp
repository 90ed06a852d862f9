#include <catch2/catch.hpp>

#include "exporting/ExportFile.h"
#include "exporting/XlsxTableWriter.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>

namespace {
// One part of the workbook (a zip entry) as text.
QString part(const QString &workbook, const QString &name)
{
    QuaZip zip(workbook);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    REQUIRE(zip.setCurrentFile(name));
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

struct Cell {
    QString type;   // t attribute: "s" shared string, "inlineStr", empty for numbers
    int style = 0;  // s attribute: index into cellXfs
    QString value;  // <v> or the inline <t>
};

// The cells of a sheet by reference ("A1"), and how many rows it has.
struct Sheet {
    QMap<QString, Cell> cells;
    int rows = 0;
    QString xml;
};

Sheet readSheet(const QString &workbook)
{
    Sheet sheet;
    sheet.xml = part(workbook, QStringLiteral("xl/worksheets/sheet1.xml"));
    QXmlStreamReader xml(sheet.xml);
    QString reference;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("row")) {
            ++sheet.rows;
        } else if (xml.name() == QLatin1String("c")) {
            reference = xml.attributes().value(QLatin1String("r")).toString();
            sheet.cells[reference].type = xml.attributes().value(QLatin1String("t")).toString();
            sheet.cells[reference].style = xml.attributes().value(QLatin1String("s")).toInt();
        } else if (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t")) {
            sheet.cells[reference].value = xml.readElementText();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return sheet;
}

QStringList sharedStrings(const QString &workbook)
{
    QStringList strings;
    QXmlStreamReader xml(part(workbook, QStringLiteral("xl/sharedStrings.xml")));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("t"))
            strings.append(xml.readElementText());
    }
    return strings;
}

// The number format code of each cell style (cellXfs entry), by index.
QStringList styleFormats(const QString &workbook)
{
    QMap<int, QString> codes{{0, QStringLiteral("General")}};
    QStringList formats;
    bool inCellXfs = false;
    QXmlStreamReader xml(part(workbook, QStringLiteral("xl/styles.xml")));
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("numFmt"))
            codes[xml.attributes().value(QLatin1String("numFmtId")).toInt()] = xml.attributes().value(QLatin1String("formatCode")).toString();
        else if (xml.name() == QLatin1String("cellXfs"))
            inCellXfs = token == QXmlStreamReader::StartElement;
        else if (token == QXmlStreamReader::StartElement && inCellXfs && xml.name() == QLatin1String("xf"))
            formats.append(codes.value(xml.attributes().value(QLatin1String("numFmtId")).toInt()));
    }
    return formats;
}

QString textOf(const Cell &cell, const QStringList &shared)
{
    return cell.type == QLatin1String("s") ? shared.value(cell.value.toInt()) : cell.value;
}

ExportTable sampleTable()
{
    ExportTable table;
    table.title = QStringLiteral("Subjects");
    table.header = {QStringLiteral("NIK"), QStringLiteral("Name"), QStringLiteral("Birth date"), QStringLiteral("Weight (kg)"),
                    QStringLiteral("Birth weight (g)")};
    table.rows = {{QStringLiteral("3201014503220007"), QStringLiteral("Nur'aini"), QDate(2022, 3, 12), 8.1, QVariant(qlonglong(3100))},
                  {QStringLiteral("0012345678901234"), QStringLiteral("Dewi <Sari> & co"), QVariant(), QVariant(), QVariant()}};
    return table;
}
}

TEST_CASE("An XLSX export has one sheet with text, number and date cells and a frozen, filtered, bold header", "[export][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("subjects.xlsx"));
    REQUIRE(ExportFile::write(sampleTable(), path));

    CHECK(part(path, QStringLiteral("xl/workbook.xml")).contains(QStringLiteral("name=\"Subjects\"")));
    const Sheet sheet = readSheet(path);
    CHECK(sheet.rows == 3);
    const QStringList shared = sharedStrings(path);
    const QStringList formats = styleFormats(path);

    // A NIK is text with all its digits, leading zeros too, never a number.
    for (const char *reference : {"A2", "A3"})
        CHECK((sheet.cells[QLatin1String(reference)].type == QLatin1String("s") || sheet.cells[QLatin1String(reference)].type == QLatin1String("inlineStr")));
    CHECK(textOf(sheet.cells[QStringLiteral("A2")], shared) == QStringLiteral("3201014503220007"));
    CHECK(textOf(sheet.cells[QStringLiteral("A3")], shared) == QStringLiteral("0012345678901234"));
    CHECK(textOf(sheet.cells[QStringLiteral("B2")], shared) == QStringLiteral("Nur'aini"));
    CHECK(textOf(sheet.cells[QStringLiteral("B3")], shared) == QStringLiteral("Dewi <Sari> & co"));

    // 12 March 2022 is day 44632 of Excel's calendar, shown as dd/mm/yyyy.
    const Cell date = sheet.cells[QStringLiteral("C2")];
    CHECK(date.type.isEmpty());
    CHECK(date.value == QStringLiteral("44632"));
    CHECK(formats.value(date.style) == QStringLiteral("dd/mm/yyyy"));

    CHECK(sheet.cells[QStringLiteral("D2")].type.isEmpty());
    CHECK(sheet.cells[QStringLiteral("D2")].value == QStringLiteral("8.1"));
    CHECK(sheet.cells[QStringLiteral("E2")].value == QStringLiteral("3100"));
    CHECK_FALSE(sheet.cells.contains(QStringLiteral("C3")));  // nothing stays an empty cell

    CHECK(sheet.xml.contains(QStringLiteral("ySplit=\"1\"")));
    CHECK(sheet.xml.contains(QStringLiteral("<autoFilter ref=\"A1:E3\"/>")));
    CHECK(sheet.xml.contains(QStringLiteral("<cols>")));
    const QString styles = part(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains(QStringLiteral("<b/>")));
    CHECK(sheet.cells[QStringLiteral("A1")].style != 0);
    CHECK(textOf(sheet.cells[QStringLiteral("C1")], shared) == QStringLiteral("Birth date"));
}

TEST_CASE("A failed XLSX export leaves the file that was there and no temporary file", "[export][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("subjects.xlsx"));
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("the previous export");
    old.close();

    ExportTable table = sampleTable();
    table.rows[1][1] = QString(40000, QLatin1Char('x'));
    const Status written = XlsxTableWriter::write(table, path);
    REQUIRE_FALSE(written);
    CHECK(written.error().contains(QStringLiteral("row 3, column \"Name\"")));
    CHECK(written.error().contains(QStringLiteral("32,767")));
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "the previous export");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("subjects.xlsx")});

    // The same table, fitting, replaces the file.
    table.rows[1][1] = QStringLiteral("Dewi");
    REQUIRE(XlsxTableWriter::write(table, path));
    old.close();
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.read(2) == "PK");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("subjects.xlsx")});
}

TEST_CASE("An export to a folder that does not exist says so and creates nothing", "[export]")
{
    QTemporaryDir dir;
    for (const char *name : {"missing/subjects.xlsx", "missing/subjects.csv"}) {
        const QString path = dir.filePath(QLatin1String(name));
        const Status written = ExportFile::write(sampleTable(), path);
        REQUIRE_FALSE(written);
        CHECK(written.error().startsWith(QDir::toNativeSeparators(path) + QStringLiteral(" cannot be written: ")));
    }
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("An XLSX export keeps text as typed, without what XML cannot hold, each distinct text stored once", "[export][xlsx]")
{
    ExportTable table;
    table.title = QStringLiteral("Subjects");
    table.header = {QStringLiteral("Name"), QStringLiteral("Desa")};
    table.rows = {{QStringLiteral("Siti\x01\x1F Aminah\u0007"), QStringLiteral("Cibeureum")},
                  {QStringLiteral("line one\r\nline two\rline three\tend"), QStringLiteral("Cibeureum")},
                  {QStringLiteral("  padded  "), QStringLiteral("Cibeureum")},
                  {QStringLiteral("code _x0041_ stays"), QString(QChar(0xD800)) + QStringLiteral("Babakan\uFFFE")}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("subjects.xlsx"));
    REQUIRE(XlsxTableWriter::write(table, path));

    const Sheet sheet = readSheet(path);  // fails on XML that does not parse
    const QStringList shared = sharedStrings(path);
    CHECK(textOf(sheet.cells[QStringLiteral("A2")], shared) == QStringLiteral("Siti Aminah"));
    CHECK(textOf(sheet.cells[QStringLiteral("A3")], shared) == QStringLiteral("line one\nline two\nline three\tend"));
    CHECK(textOf(sheet.cells[QStringLiteral("A4")], shared) == QStringLiteral("  padded  "));
    // Excel reads _xHHHH_ as a character code unless its underscore is escaped as _x005F_.
    CHECK(textOf(sheet.cells[QStringLiteral("A5")], shared) == QStringLiteral("code _x005F_x0041_ stays"));
    CHECK(textOf(sheet.cells[QStringLiteral("B5")], shared) == QStringLiteral("Babakan"));

    CHECK(shared.count(QStringLiteral("Cibeureum")) == 1);
    CHECK(sheet.cells[QStringLiteral("B2")].value == sheet.cells[QStringLiteral("B4")].value);
    CHECK(shared.size() == 8);  // 2 headers, 4 names, 2 desa
    const QString strings = part(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("<t xml:space=\"preserve\">  padded  </t>")));
    CHECK(strings.contains(QStringLiteral("count=\"10\" uniqueCount=\"8\"")));
}

TEST_CASE("XLSX dates follow Excel's 1900 calendar, leap-year bug included, and earlier dates stay text", "[export][xlsx]")
{
    ExportTable table;
    table.title = QStringLiteral("Dates");
    table.header = {QStringLiteral("Date")};
    for (const QDate date : {QDate(1900, 1, 1), QDate(1900, 2, 28), QDate(1900, 3, 1), QDate(1970, 1, 1), QDate(9999, 12, 31), QDate(1899, 12, 31)})
        table.rows.append({date});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dates.xlsx"));
    REQUIRE(XlsxTableWriter::write(table, path));

    const Sheet sheet = readSheet(path);
    const QStringList formats = styleFormats(path);
    // Excel's day 60 is 29 February 1900, a day that never was.
    const QStringList serials{QStringLiteral("1"), QStringLiteral("59"), QStringLiteral("61"), QStringLiteral("25569"), QStringLiteral("2958465")};
    for (int row = 0; row < serials.size(); ++row) {
        const Cell cell = sheet.cells[QStringLiteral("A%1").arg(row + 2)];
        CHECK(cell.type.isEmpty());
        CHECK(cell.value == serials.at(row));
        CHECK(formats.value(cell.style) == QStringLiteral("dd/mm/yyyy"));
    }
    CHECK(textOf(sheet.cells[QStringLiteral("A7")], sharedStrings(path)) == QStringLiteral("31/12/1899"));
}

TEST_CASE("An XLSX export names its sheet as Excel allows and records the autofilter in the workbook", "[export][xlsx]")
{
    ExportTable table = sampleTable();
    table.title = QStringLiteral("'Kasus [2024/1]: Nur'aini's desa and more words'");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.xlsx"));
    REQUIRE(XlsxTableWriter::write(table, path));

    QXmlStreamReader workbook(part(path, QStringLiteral("xl/workbook.xml")));
    QString sheetName;
    QString filterDatabase;
    while (!workbook.atEnd()) {
        if (workbook.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (workbook.name() == QLatin1String("sheet"))
            sheetName = workbook.attributes().value(QLatin1String("name")).toString();
        else if (workbook.name() == QLatin1String("definedName") && workbook.attributes().value(QLatin1String("name")) == QLatin1String("_xlnm._FilterDatabase"))
            filterDatabase = workbook.readElementText();
    }
    REQUIRE_FALSE(workbook.hasError());
    CHECK(sheetName == QStringLiteral("Kasus -2024-1-- Nur'aini's desa"));  // 31 characters at most
    CHECK(filterDatabase == QStringLiteral("'Kasus -2024-1-- Nur''aini''s desa'!$A$1:$E$3"));
}

TEST_CASE("An XLSX export holds at most 1,048,576 rows, the header included, and 32,767 characters a cell", "[export][xlsx]")
{
    ExportTable table;
    table.title = QStringLiteral("Measurements");
    table.header = {QStringLiteral("Note")};
    table.rows.resize(XlsxTableWriter::MaximumRows - 1);
    table.rows.last() = {QString(32767, QLatin1Char('x'))};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("measurements.xlsx"));
    REQUIRE(XlsxTableWriter::write(table, path));
    const Sheet sheet = readSheet(path);
    CHECK(textOf(sheet.cells[QStringLiteral("A1048576")], sharedStrings(path)).size() == 32767);

    table.rows.append(QVariantList{});
    const Status written = XlsxTableWriter::write(table, path);
    REQUIRE_FALSE(written);
    CHECK(written.error().contains(QStringLiteral("1048576 rows do not fit in one Excel sheet")));
}

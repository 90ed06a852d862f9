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

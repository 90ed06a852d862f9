// Reads a 100,000-row, 17-column e-PPGBM-shaped .xlsx with XlsxReader and reports the time.
// The workbook is written here as Excel writes one (shared strings, numbers, date-styled cells),
// or given as the first argument (--write FILE writes it). Run: cmake --build build --target run_xlsx_bench
#include "importing/XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <quazip.h>
#include <quazipfile.h>

namespace {
constexpr int Rows = 100000;

bool addPart(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    file.write(data);
    file.close();
    return file.getZipError() == UNZ_OK;
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

class SheetWriter {
public:
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetData>";
    QStringList strings;

    void beginRow(int row) { sheet += "<row r=\"" + QByteArray::number(row) + "\">"; m_row = row; m_column = 0; }
    void endRow() { sheet += "</row>"; }
    void text(const QString &value)
    {
        auto index = m_index.constFind(value);
        if (index == m_index.cend()) {
            index = m_index.insert(value, int(strings.size()));
            strings << value;
        }
        cell(" t=\"s\"", QByteArray::number(*index));
    }
    void number(double value) { cell("", QByteArray::number(value, 'g', 17)); }
    void date(const QDate &date) { cell(" s=\"1\"", QByteArray::number(QDate(1899, 12, 30).daysTo(date))); }

private:
    void cell(const QByteArray &attributes, const QByteArray &value)
    {
        QByteArray reference;
        for (int c = m_column + 1; c > 0; c = (c - 1) / 26)
            reference.prepend(char('A' + (c - 1) % 26));
        sheet += "<c r=\"" + reference + QByteArray::number(m_row) + "\"" + attributes + "><v>" + value + "</v></c>";
        ++m_column;
    }
    QHash<QString, int> m_index;
    int m_row = 0;
    int m_column = 0;
};

bool writeWorkbook(const QString &path)
{
    const char *desa[] = {"Cibeureum", "Sindangsari", "Mekarjaya", "Sukamulya", "Sukaraja", "Cikahuripan",
                          "Karangsari", "Babakan", "Tanjungjaya", "Margaluyu", "Pasirbuntu", "Sirnagalih"};
    const QStringList header = {"No", "NIK", "Nama Anak", "JK", "Tgl Lahir", "Nama Ibu", "Nama Ayah", "Desa/Kelurahan", "Kecamatan",
                                "Posyandu", "Tanggal Pengukuran", "BB", "TB/PB", "Cara Ukur", "LiLA", "RT", "RW"};
    QRandomGenerator random(7);
    SheetWriter w;
    w.beginRow(1);
    for (const QString &name : header)
        w.text(name);
    w.endRow();
    for (int i = 0; i < Rows; ++i) {
        const QDate born = QDate(2024, 9, 1).addDays(-qint64(random.bounded(1700)));
        const double months = born.daysTo(QDate(2024, 9, 10)) / 30.4375;
        w.beginRow(i + 2);
        w.number(i + 1);
        w.number(double(3299010000000000LL + random.bounded(1000000000)));
        w.text(QStringLiteral("Anak %1").arg(i + 1));
        w.text(random.bounded(2) ? QStringLiteral("L") : QStringLiteral("P"));
        w.date(born);
        w.text(QStringLiteral("Ibu %1").arg(i + 1));
        w.text(QStringLiteral("Ayah %1").arg(i + 1));
        w.text(QLatin1String(desa[i % 12]));
        w.text(QLatin1String(desa[(i % 12) / 3 * 3]));
        w.text(QStringLiteral("Posyandu %1").arg(i % 40));
        w.date(QDate(2024, 9, 10));
        w.number(std::round((3.3 + 0.25 * months - 0.0012 * months * months) * 10) / 10);
        w.number(std::round((50 + 1.1 * months - 0.006 * months * months) * 10) / 10);
        w.text(months < 24 ? QStringLiteral("Terlentang") : QStringLiteral("Berdiri"));
        w.number(std::round((12 + months / 10) * 10) / 10);
        w.number(random.bounded(1, 12));
        w.number(random.bounded(1, 8));
        w.endRow();
    }
    w.sheet += "</sheetData></worksheet>";
    QByteArray shared = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"" +
                        QByteArray::number(w.strings.size()) + "\">";
    for (const QString &s : std::as_const(w.strings))
        shared += "<si><t>" + escaped(s) + "</t></si>";
    shared += "</sst>";

    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    bool ok = addPart(zip, QStringLiteral("_rels/.rels"),
                      "<Relationships " + ns + "><Relationship Id=\"rId1\" Type=\"" + rel +
                          "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    ok = ok && addPart(zip, QStringLiteral("xl/workbook.xml"),
                       "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                       "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    ok = ok && addPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
                       "<Relationships " + ns + "><Relationship Id=\"rId1\" Type=\"" + rel +
                           "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + rel +
                           "styles\" Target=\"styles.xml\"/><Relationship Id=\"rId3\" Type=\"" + rel +
                           "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
    ok = ok && addPart(zip, QStringLiteral("xl/styles.xml"),
                       "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\">"
                       "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
                       "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
    ok = ok && addPart(zip, QStringLiteral("xl/sharedStrings.xml"), shared);
    ok = ok && addPart(zip, QStringLiteral("xl/worksheets/sheet1.xml"), w.sheet);
    zip.close();
    std::printf("sheet XML %.1f MB, shared strings %.1f MB\n", w.sheet.size() / 1e6, shared.size() / 1e6);
    return ok && zip.getZipError() == UNZ_OK;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = app.arguments().value(1);
    if (path == u"--write")  // xlsx_bench --write FILE: only writes the workbook
        return writeWorkbook(app.arguments().value(2)) ? 0 : 1;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.xlsx"));
        if (!writeWorkbook(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        auto table = XlsxReader::read(path);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        if (!table) {
            std::fprintf(stderr, "%s\n", qPrintable(table.error()));
            return 1;
        }
        std::printf("run %d: %lld rows x %lld columns (%.1f MB file) in %.3f s (%.3f s of processor time)\n", run,
                    qlonglong(table->rows.size()), qlonglong(table->header.size()), QFile(path).size() / 1e6, seconds, cpuSeconds);
    }
    return 0;
}

// Exports the subjects and measurements of a district of 20,000 subjects (the demonstration district
// and 19,700 children measured three times, imported) to .xlsx and .csv: reading the table from the
// workspace and writing each file, timed apart. Run: cmake --build build --target bench
#include "Stopwatch.h"
#include "demo/DemoDistrict.h"
#include "exporting/CsvTableWriter.h"
#include "exporting/XlsxTableWriter.h"
#include "importing/CsvTable.h"
#include "importing/ImportPlan.h"
#include "importing/ImportRunner.h"
#include "storage/ExportRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

namespace {
QByteArray children(int count)
{
    const char *desa[] = {"Cibeureum", "Sindangsari", "Mekarjaya", "Sukamulya", "Sukaraja", "Cikahuripan",
                          "Karangsari", "Babakan", "Tanjungjaya", "Margaluyu", "Pasirbuntu", "Sirnagalih"};
    QRandomGenerator random(7);
    QByteArray csv = "NIK;Nama Anak;JK;Tgl Lahir;Nama Ibu;Desa/Kelurahan;Tanggal Pengukuran;BB;TB/PB;Cara Ukur\n";
    for (int i = 0; i < count; ++i) {
        const QDate born = QDate(2024, 1, 1).addDays(-qint64(random.bounded(1500)));
        const QString nik = QStringLiteral("3299%1%2").arg(random.bounded(10, 99)).arg(i + 1000000000LL);
        const QString sex = random.bounded(2) ? QStringLiteral("L") : QStringLiteral("P");
        for (const QDate measured : {QDate(2024, 3, 10), QDate(2024, 6, 10), QDate(2024, 9, 10)}) {
            const double months = born.daysTo(measured) / 30.4375;
            csv += QStringLiteral("%1;Anak %2;%3;%4;Ibu %2;%5;%6;%7;%8;%9\n")
                       .arg(nik)
                       .arg(i + 1)
                       .arg(sex, born.toString(QStringLiteral("dd/MM/yyyy")), QLatin1String(desa[i % 12]),
                            measured.toString(QStringLiteral("dd/MM/yyyy")))
                       .arg(QString::number(3.3 + 0.25 * months - 0.0012 * months * months, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')))
                       .arg(QString::number(50 + 1.1 * months - 0.006 * months * months, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')))
                       .arg(months < 24 ? QStringLiteral("Terlentang") : QStringLiteral("Berdiri"))
                       .toUtf8();
        }
    }
    return csv;
}

}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("bench.tuntas")));
    if (!workspace || !DemoDistrict::populate(**workspace, QDate(2024, 9, 16)))
        return 1;
    auto plan = ImportPlan::build(**workspace, *CsvTable::read(children(19700)), TargetGroup::Balita, DataSource::Eppgbm);
    if (!plan || !ImportRunner::write(**workspace, *plan, true))
        return 1;

    for (ExportContent content : {ExportContent::Subjects, ExportContent::Measurements}) {
        Stopwatch watch;
        auto table = ExportRepository(**workspace).table(content);
        if (!table)
            return 1;
        const QByteArray read = watch.lap();
        const QString xlsx = dir.filePath(QStringLiteral("export.xlsx"));
        const QString csv = dir.filePath(QStringLiteral("export.csv"));
        if (!XlsxTableWriter::write(*table, xlsx))
            return 1;
        const QByteArray xlsxSeconds = watch.lap();
        if (!CsvTableWriter::write(*table, csv))
            return 1;
        const QByteArray csvSeconds = watch.lap();
        std::printf("export of %lld %s: reading %s; .xlsx %s, %.1f MB; .csv %s, %.1f MB\n", qlonglong(table->rows.size()),
                    qPrintable(enumCode(content)), read.constData(), xlsxSeconds.constData(), QFileInfo(xlsx).size() / 1e6,
                    csvSeconds.constData(), QFileInfo(csv).size() / 1e6);
    }
    return 0;
}

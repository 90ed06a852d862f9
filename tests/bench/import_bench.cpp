// Imports a generated 100,000-row e-PPGBM-shaped CSV into a demonstration workspace: planning
// (reading, checking, z-scores, matching) and storing, timed apart. Run: cmake --build build --target bench
#include "demo/DemoDistrict.h"
#include "importing/CsvTable.h"
#include "importing/ImportPlan.h"
#include "importing/ImportRunner.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int Rows = 100000;
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("bench.tuntas")));
    if (!workspace || !DemoDistrict::populate(**workspace, QDate(2024, 9, 16)))
        return 1;
    const char *desa[] = {"Cibeureum", "Sindangsari", "Mekarjaya", "Sukamulya", "Sukaraja", "Cikahuripan",
                          "Karangsari", "Babakan", "Tanjungjaya", "Margaluyu", "Pasirbuntu", "Sirnagalih"};
    QRandomGenerator random(7);
    QByteArray csv = "No;NIK;Nama Anak;JK;Tgl Lahir;Nama Ibu;Desa/Kelurahan;Tanggal Pengukuran;BB;TB/PB;Cara Ukur\n";
    for (int i = 0; i < Rows; ++i) {
        const QDate born = QDate(2024, 9, 1).addDays(-qint64(random.bounded(1700)));
        const double months = born.daysTo(QDate(2024, 9, 10)) / 30.4375;
        csv += QStringLiteral("%1;%2;Anak %1;%3;%4;Ibu %1;%5;10/09/2024;%6;%7;%8\n")
                   .arg(i + 1)
                   .arg(QStringLiteral("3299%1%2").arg(random.bounded(10, 99)).arg(i + 1000000000LL))
                   .arg(random.bounded(2) ? QStringLiteral("L") : QStringLiteral("P"))
                   .arg(born.toString(QStringLiteral("dd/MM/yyyy")))
                   .arg(QLatin1String(desa[i % 12]))
                   .arg(QString::number(3.3 + 0.25 * months - 0.0012 * months * months, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')))
                   .arg(QString::number(50 + 1.1 * months - 0.006 * months * months, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')))
                   .arg(months < 24 ? QStringLiteral("Terlentang") : QStringLiteral("Berdiri"))
                   .toUtf8();
    }
    QElapsedTimer timer;
    timer.start();
    auto plan = ImportPlan::build(**workspace, *CsvTable::read(csv), TargetGroup::Balita, DataSource::Eppgbm);
    const double planSeconds = timer.nsecsElapsed() / 1e9;
    if (!plan)
        return 1;
    timer.restart();
    auto counts = ImportRunner::write(**workspace, *plan, true);
    const double writeSeconds = timer.nsecsElapsed() / 1e9;
    if (!counts)
        return 1;
    std::printf("import of %d rows (%.1f MB): plan %.2f s, store %.2f s, total %.2f s; %d subjects, %d measurements, %d left out\n", Rows,
                csv.size() / 1e6, planSeconds, writeSeconds, planSeconds + writeSeconds, counts->newSubjects, counts->measurements, counts->skipped);
    return 0;
}

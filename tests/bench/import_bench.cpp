// Imports a generated 100,000-row e-PPGBM-shaped CSV into a demonstration workspace: planning
// (reading, checking, z-scores, matching) and storing, timed apart; then the next month's file of
// the same children, whose rows all join the subjects the first import stored. Wall-clock and
// processor time (the machines are shared: the processor time says more when they are busy).
// Run: cmake --build build --target bench
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
#include <ctime>

namespace {
// Times one step: wall-clock and this process's processor seconds.
class Stopwatch {
public:
    Stopwatch() { m_wall.start(); }
    double wall() const { return m_wall.nsecsElapsed() / 1e9; }
    double cpu() const { return double(std::clock() - m_cpu) / CLOCKS_PER_SEC; }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = std::clock();
};

QByteArray eppgbmFile(int rows, const QString &measuredOn, int monthsLater)
{
    const char *desa[] = {"Cibeureum", "Sindangsari", "Mekarjaya", "Sukamulya", "Sukaraja", "Cikahuripan",
                          "Karangsari", "Babakan", "Tanjungjaya", "Margaluyu", "Pasirbuntu", "Sirnagalih"};
    QRandomGenerator random(7);
    QByteArray csv = "No;NIK;Nama Anak;JK;Tgl Lahir;Nama Ibu;Desa/Kelurahan;Tanggal Pengukuran;BB;TB/PB;Cara Ukur\n";
    for (int i = 0; i < rows; ++i) {
        const QDate born = QDate(2024, 9, 1).addDays(-qint64(random.bounded(1700)));
        const double months = born.daysTo(QDate(2024, 9, 10)) / 30.4375 + monthsLater;
        csv += QStringLiteral("%1;%2;Anak %1;%3;%4;Ibu %1;%5;%9;%6;%7;%8\n")
                   .arg(i + 1)
                   .arg(QStringLiteral("3299%1%2").arg(random.bounded(10, 99)).arg(i + 1000000000LL))
                   .arg(random.bounded(2) ? QStringLiteral("L") : QStringLiteral("P"))
                   .arg(born.toString(QStringLiteral("dd/MM/yyyy")))
                   .arg(QLatin1String(desa[i % 12]))
                   .arg(QString::number(3.3 + 0.25 * months - 0.0012 * months * months, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')))
                   .arg(QString::number(50 + 1.1 * months - 0.006 * months * months, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')))
                   .arg(months < 24 ? QStringLiteral("Terlentang") : QStringLiteral("Berdiri"))
                   .arg(measuredOn)
                   .toUtf8();
    }
    return csv;
}

// Plans and stores one file, printing the times; false when either step fails.
bool import(Workspace &workspace, const char *what, const QByteArray &csv, int rows)
{
    Stopwatch planning;
    auto plan = ImportPlan::build(workspace, *CsvTable::read(csv), TargetGroup::Balita, DataSource::Eppgbm);
    const double planWall = planning.wall(), planCpu = planning.cpu();
    if (!plan)
        return false;
    Stopwatch storing;
    auto counts = ImportRunner::write(workspace, *plan, true);
    const double storeWall = storing.wall(), storeCpu = storing.cpu();
    if (!counts)
        return false;
    std::printf("%s of %d rows (%.1f MB): plan %.2f s (cpu %.2f), store %.2f s (cpu %.2f), total %.2f s; "
                "%d new subjects, %d measurements, %d left out\n",
                what, rows, csv.size() / 1e6, planWall, planCpu, storeWall, storeCpu, planWall + storeWall, counts->newSubjects,
                counts->measurements, counts->skipped);
    return true;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int Rows = 100000;
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("bench.tuntas")));
    if (!workspace || !DemoDistrict::populate(**workspace, QDate(2024, 9, 16)))
        return 1;
    if (!import(**workspace, "import", eppgbmFile(Rows, QStringLiteral("10/09/2024"), 0), Rows))
        return 1;
    if (!import(**workspace, "next month, same children", eppgbmFile(Rows, QStringLiteral("10/10/2024"), 1), Rows))
        return 1;
    return 0;
}

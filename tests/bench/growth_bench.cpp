// Scores 1,000,000 invented children through the core API (one thread) and through
// `tuntas-cli zscore`, and times reading the same CSV alone. Run: cmake --build build --target bench
#include "growth/ChildZScores.h"
#include "importing/CsvReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int Children = 1000000;
    QRandomGenerator random(42);
    std::vector<ChildInput> inputs(Children);
    std::string csv = "sex,age,weight,lenhei,measure,oedema,headc,armc\n";
    csv.reserve(std::size_t(Children) * 48);
    char line[160];
    for (ChildInput &in : inputs) {
        in.sex = 1 + int(random.bounded(2));
        in.age = random.bounded(1826);
        const double months = in.age / 30.4375;
        in.lenhei = std::round((50 + 1.1 * months - 0.006 * months * months + random.generateDouble() * 8 - 4) * 10) / 10;
        in.weight = std::round((3.3 + 0.25 * months - 0.0012 * months * months + random.generateDouble() * 2 - 1) * 100) / 100;
        in.measure = in.age < 731 ? 'l' : 'h';
        in.headc = std::round((35 + 0.4 * months) * 10) / 10;
        in.armc = std::round((13 + 0.05 * months) * 10) / 10;
        std::snprintf(line, sizeof line, "%d,%.0f,%.2f,%.1f,%c,n,%.1f,%.1f\n", in.sex, in.age, in.weight, in.lenhei, in.measure == 'l' ? 'L' : 'H',
                      in.headc, in.armc);
        csv += line;
    }

    QElapsedTimer timer;
    timer.start();
    double checksum = 0;
    for (const ChildInput &in : inputs) {
        const ChildResult r = ChildZScores::compute(in);
        checksum += std::isnan(r.index[0].z) ? 0 : r.index[0].z;
    }
    const double apiSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("core API: %d children in %.3f s = %.2f million children/s on one core (checksum %.2f)\n", Children, apiSeconds,
                Children / apiSeconds / 1e6, checksum);

    QTemporaryDir dir;
    const QString inputPath = dir.filePath(QStringLiteral("children.csv"));
    QFile file(inputPath);
    file.open(QIODevice::WriteOnly);
    file.write(csv.data(), qint64(csv.size()));
    file.close();

    timer.restart();
    QFile again(inputPath);
    again.open(QIODevice::ReadOnly);
    const QByteArray bytes = again.readAll();
    CsvReader reader(bytes);
    std::vector<std::string_view> fields;
    double parsed = 0;
    while (reader.next(fields))
        parsed += double(fields.size());
    std::printf("reading the %.1f MB CSV into fields alone: %.3f s (%.0f fields)\n", bytes.size() / 1e6, timer.nsecsElapsed() / 1e9, parsed);

    timer.restart();
    QProcess cli;
    cli.start(QStringLiteral(TUNTAS_CLI_PATH), {QStringLiteral("zscore"), inputPath, QStringLiteral("-o"), dir.filePath(QStringLiteral("out.csv"))});
    cli.waitForFinished(-1);
    const double cliSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("tuntas-cli zscore: %d rows in %.3f s (exit %d); WHO's R package needs about 45 s here, %.0f times longer\n", Children,
                cliSeconds, cli.exitCode(), 45.0 / cliSeconds);
    return 0;
}

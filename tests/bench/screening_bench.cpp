// Screens 20,000 subjects with measurements and stored risk answers the way the selection wizard
// and the subject list do (CaseSelection::candidates). Run: cmake --build build --target bench
#include "audit/CaseSelection.h"
#include "demo/DemoDistrict.h"
#include "storage/CycleRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int Subjects = 20000;
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("bench.tuntas")));
    if (!workspace || !DemoDistrict::populate(**workspace, QDate(2024, 9, 16)))
        return 1;
    Workspace &w = **workspace;
    const qint64 desa = RegionRepository(w).desa()->first().id;
    QRandomGenerator random(11);
    const Status filled = w.write([&]() -> Status {
        SubjectRepository repository(w);
        for (int i = 0; i < Subjects; ++i) {
            Subject s;
            s.group = TargetGroup(i % 5);
            s.name = QStringLiteral("Sasaran %1").arg(i);
            s.sex = isChildGroup(s.group) && random.bounded(2) ? Sex::Male : Sex::Female;
            s.birthDate = isChildGroup(s.group) ? QDate(2024, 9, 1).addDays(-qint64(random.bounded(1700))) : QDate(1995, 1, 1).addDays(random.bounded(4000));
            s.desaId = desa;
            if (Status saved = repository.save(s); !saved)
                return saved;
            Measurement m;
            m.subjectId = s.id;
            m.measuredOn = QDate(2024, 9, 10);
            m.weightKg = isChildGroup(s.group) ? 9.0 + random.bounded(50) / 10.0 : 50.0;
            m.lengthHeightCm = isChildGroup(s.group) ? 70.0 + random.bounded(300) / 10.0 : 150.0 + random.bounded(100) / 10.0;
            m.muacCm = 22.0 + random.bounded(60) / 10.0;
            if (Status saved = repository.save(s, m); !saved)
                return saved;
            for (const auto &[factor, value] : {std::pair{"water_source", "river"}, std::pair{"latrine", "septic_tank"}, std::pair{"smoking_exposure", "yes"},
                                                std::pair{"children_count", "2"}}) {
                RiskAnswer answer{{}, s.id, QLatin1String(factor), QLatin1String(value), QDate(2024, 9, 1), DataSource::FamilyCensus};
                if (Status saved = repository.save(answer); !saved)
                    return saved;
            }
        }
        return {};
    });
    if (!filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error()));
        return 1;
    }
    const qint64 cycle = CycleRepository(w).all()->first().id;
    QElapsedTimer timer;
    timer.start();
    auto candidates = CaseSelection(w).candidates(cycle);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!candidates) {
        std::fprintf(stderr, "%s\n", qPrintable(candidates.error()));
        return 1;
    }
    int atRisk = 0;
    for (const Candidate &c : *candidates)
        atRisk += c.atRisk ? 1 : 0;
    std::printf("screening of %lld subjects with %d answers each: %.2f s (%d at risk)\n", qlonglong(candidates->size()), 4, seconds, atRisk);
    return 0;
}

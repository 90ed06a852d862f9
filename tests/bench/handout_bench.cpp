// Renders the dissemination handout of a 50-case cycle and of a 1,000-case stress cycle to PDF:
// building the document from the workspace and writing the PDF, timed apart. The cycles are added
// to the demonstration district, each case with a measured subject, a signed review (three causes,
// three recommendations) and an RTL item. Run: cmake --build build --target bench
#include "Stopwatch.h"
#include "audit/CaseCode.h"
#include "demo/DemoDistrict.h"
#include "documents/DocumentCatalogue.h"
#include "documents/DocumentRenderer.h"
#include "documents/PrintableDocument.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CauseTaxonomyRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

namespace {
Status addCycle(Workspace &workspace, int year, int caseCount, qint64 &cycleId)
{
    return workspace.write([&]() -> Status {
        Cycle cycle{{}, year, 1, QDate(year, 1, 1), QDate(year, 6, 30), CycleStatus::InProgress};
        if (Status saved = CycleRepository(workspace).save(cycle); !saved)
            return saved;
        cycleId = cycle.id;
        const auto desa = *RegionRepository(workspace).desa();
        const auto causes = *CauseTaxonomyRepository(workspace).offered();
        const auto agencies = *PeopleRepository(workspace).agencies();
        const QList<TargetGroup> groups = enumValues<TargetGroup>();
        QMap<TargetGroup, int> numbers;
        for (int i = 0; i < caseCount; ++i) {
            const TargetGroup group = groups[i % groups.size()];
            Subject subject;
            subject.group = group;
            subject.name = QStringLiteral("Sasaran Uji %1").arg(i + 1);
            subject.sex = isChildGroup(group) ? (i % 2 ? Sex::Male : Sex::Female) : Sex::Female;
            subject.birthDate = isChildGroup(group) ? QDate(year - 1, 1, 1).addDays(-(i * 7) % 1400) : QDate(year - 25, 3, 1).addDays(i % 3000);
            subject.desaId = desa[i % desa.size()].id;
            if (Status saved = SubjectRepository(workspace).save(subject); !saved)
                return saved;
            Measurement measurement;
            measurement.subjectId = subject.id;
            measurement.measuredOn = QDate(year, 1, 10);
            measurement.weightKg = isChildGroup(group) ? 7.5 + (i % 50) / 10.0 : 42 + (i % 20);
            measurement.lengthHeightCm = isChildGroup(group) ? 68 + (i % 30) : 146 + (i % 12);
            measurement.position = isChildGroup(group) ? MeasurePosition::Lying : MeasurePosition::Standing;
            if (!isChildGroup(group)) {
                measurement.muacCm = 21.5 + (i % 40) / 10.0;
                measurement.hbGdl = 9.5 + (i % 30) / 10.0;
            }
            if (Status saved = SubjectRepository(workspace).save(subject, measurement); !saved)
                return saved;
            AuditCase auditCase;
            auditCase.cycleId = cycle.id;
            auditCase.subjectId = subject.id;
            auditCase.auditNumber = i + 1;
            auditCase.caseCode = CaseCode{year, 1, group, ++numbers[group]}.toString();
            auditCase.reasons = {SelectionReason::NotImproved};
            auditCase.selectedOn = QDate(year, 1, 20);
            if (Status saved = CaseRepository(workspace).save(auditCase); !saved)
                return saved;
            ExpertReview review;
            review.caseId = auditCase.id;
            review.auditDate = QDate(year, 2, 5);
            review.signedOn = QDate(year, 2, 5);
            for (int c = 0; c < 3; ++c) {
                const CauseCategory &cause = causes[(i + c * 3) % causes.size()];
                review.causes.append({{}, cause.code, cause.isDirect, c != 2, QString()});
            }
            for (RecommendationKind kind : enumValues<RecommendationKind>())
                review.recommendations.append({{}, kind, QStringLiteral("Pendampingan keluarga oleh TPK dua kali sebulan dan pemantauan di posyandu.")});
            if (Status saved = CaseRepository(workspace).save(review); !saved)
                return saved;
            ActionItem item;
            item.cycleId = cycle.id;
            item.caseId = auditCase.id;
            item.problem = QStringLiteral("Asupan gizi kurang");
            item.activity = QStringLiteral("Pemberian makanan tambahan berbahan pangan lokal selama 90 hari");
            item.target = QStringLiteral("1 keluarga sasaran");
            item.agencyId = agencies[i % agencies.size()].id;
            item.startDate = QDate(year, 2, 15);
            item.dueDate = QDate(year, 5, 15);
            item.budgetSource = QStringLiteral("APBD");
            item.successIndicator = QStringLiteral("Berat badan naik sesuai KBM");
            item.approvedOn = QDate(year, 2, 10);
            if (Status saved = ActionItemRepository(workspace).save(item); !saved)
                return saved;
        }
        return {};
    });
}
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    auto workspace = std::move(*Workspace::create(dir.filePath(QStringLiteral("bench.tuntas"))));
    if (Status filled = DemoDistrict::populate(*workspace, QDate(2024, 9, 16)); !filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error()));
        return 1;
    }
    int year = 2030;
    for (const int cases : {50, 1000}) {
        qint64 cycleId = 0;
        if (Status added = addCycle(*workspace, year++, cases, cycleId); !added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error()));
            return 1;
        }
        DocumentRequest request;
        request.kind = DocumentKind::Handout;
        request.cycleId = cycleId;
        Stopwatch watch;
        auto document = DocumentCatalogue::build(*workspace, request);
        if (!document) {
            std::fprintf(stderr, "%s\n", qPrintable(document.error()));
            return 1;
        }
        const QByteArray built = watch.lap();
        const QString path = dir.filePath(QStringLiteral("handout-%1.pdf").arg(cases));
        if (Status written = DocumentRenderer::writePdf(**document, path); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            return 1;
        }
        const QByteArray pdf = watch.lap();
        std::printf("handout of %4d cases: %d pages, %.1f MB; built in %s, PDF written in %s\n", cases, (*document)->pageCount(),
                    QFileInfo(path).size() / 1e6, built.constData(), pdf.constData());
    }
    return 0;
}

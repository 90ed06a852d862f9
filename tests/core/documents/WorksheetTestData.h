#pragma once

#include "domain/AuditCase.h"
#include "domain/Subject.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <functional>
#include <optional>

// Finding the demo's cases that a document test needs, and adding the ones the demo lacks.
namespace WorksheetTestData {

inline QString normalised(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
}

// Without any white space: a text wrapped anywhere in a table cell ("11 g/" "dL") still matches.
inline QString compact(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

// The PDF's text in the order it was painted (pdftotext -raw), which keeps each table cell's
// lines together instead of interleaving the cells of a row.
inline QString paintedText(const QString &pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The first case of any cycle whose subject and case satisfy the predicate.
inline std::optional<AuditCase> findCase(Workspace &workspace, const std::function<bool(const AuditCase &, const Subject &)> &wanted)
{
    for (const Cycle &cycle : CycleRepository(workspace).all().value_or(QList<Cycle>{})) {
        for (const AuditCase &auditCase : CaseRepository(workspace).forCycle(cycle.id).value_or(QList<AuditCase>{})) {
            auto subject = SubjectRepository(workspace).find(auditCase.subjectId);
            if (subject && wanted(auditCase, *subject))
                return auditCase;
        }
    }
    return std::nullopt;
}

// A new subject of the group, selected as a case of the current cycle with no review and no measurement.
inline AuditCase addCase(Workspace &workspace, TargetGroup group, const QString &caseCode)
{
    Subject subject;
    subject.group = group;
    subject.name = QStringLiteral("Nur'aini Tanpa Data");
    subject.sex = Sex::Female;
    subject.birthDate = QDate(2023, 11, 2);
    subject.desaId = RegionRepository(workspace).desa()->first().id;
    if (Status saved = SubjectRepository(workspace).save(subject); !saved)
        qFatal("%s", qPrintable(saved.error()));
    const Cycle cycle = CycleRepository(workspace).all()->first();
    AuditCase auditCase;
    auditCase.cycleId = cycle.id;
    auditCase.subjectId = subject.id;
    auditCase.auditNumber = 97;
    auditCase.caseCode = caseCode;
    auditCase.selectedOn = cycle.periodStart;
    if (Status saved = CaseRepository(workspace).save(auditCase); !saved)
        qFatal("%s", qPrintable(saved.error()));
    return auditCase;
}

}  // namespace WorksheetTestData

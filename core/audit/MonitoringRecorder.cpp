#include "audit/MonitoringRecorder.h"

#include "domain/DateText.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/Workspace.h"

#include <QLocale>

Result<QList<MonitoringEntry>> MonitoringRecorder::load(const AuditCase &auditCase) const
{
    auto visits = CaseRepository(m_workspace).visits(auditCase.id);
    if (!visits)
        return Error{visits.error()};
    auto measurements = SubjectRepository(m_workspace).measurements(auditCase.subjectId);
    if (!measurements)
        return Error{measurements.error()};
    QList<MonitoringEntry> entries;
    for (const MonitoringVisit &visit : *visits) {
        MonitoringEntry entry;
        entry.visit = visit;
        for (const Measurement &m : *measurements) {
            if (m.id == visit.measurementId)
                entry.measurement = m;
        }
        entries.append(entry);
    }
    return entries;
}

QStringList MonitoringRecorder::problems(const CaseVisits &visits, const QDate &today) const
{
    QStringList found;
    const QString code = visits.auditCase.caseCode;
    auto members = CycleRepository(m_workspace).members(visits.auditCase.cycleId);
    if (!members)
        return {members.error()};
    QDate previous = visits.auditCase.selectedOn;
    int expectedMonth = 1;
    for (const MonitoringEntry &entry : visits.entries) {
        const MonitoringVisit &visit = entry.visit;
        const QString which = tr("%1, month %2").arg(code).arg(visit.monthIndex);
        if (visit.monthIndex < 1 || visit.monthIndex > 3) {
            found << tr("%1: follow-up has months 1 to 3 only.").arg(which);
            continue;
        }
        if (visit.monthIndex != expectedMonth)
            found << tr("%1: record month %2 first; visits follow month by month.").arg(which).arg(expectedMonth);
        expectedMonth = visit.monthIndex + 1;
        if (!visit.visitDate.isValid()) {
            found << tr("%1: the visit date is missing.").arg(which);
            continue;
        }
        if (visit.visitDate > today)
            found << tr("%1: the visit date %2 is in the future.").arg(which, DateText::date(visit.visitDate));
        if (previous.isValid() && visit.visitDate <= previous)
            found << (visit.monthIndex == 1 ? tr("%1: the visit must come after the case was selected (%2).")
                                            : tr("%1: the visit must come after the visit of the month before (%2)."))
                         .arg(which, DateText::date(previous));
        previous = visit.visitDate;
        if (!entry.hasValues())
            found << tr("%1: type at least one measured value (weight, length/height, LiLA or Hb).").arg(which);
        auto outOfRange = [&](const std::optional<double> &value, const QString &label, double low, double high) {
            if (value && (*value < low || *value > high))
                found << tr("%1: %2 %3 is not a possible value (%4 to %5).")
                             .arg(which, label, QLocale().toString(*value), QLocale().toString(low), QLocale().toString(high));
        };
        outOfRange(entry.measurement.weightKg, tr("weight"), 0.5, 200);
        outOfRange(entry.measurement.lengthHeightCm, tr("length/height"), 35, 220);
        outOfRange(entry.measurement.muacCm, tr("LiLA"), 5, 60);
        outOfRange(entry.measurement.hbGdl, tr("Hb"), 2, 25);
        if (visit.visitorMemberId != 0) {
            bool companion = false;
            for (const TeamMember &member : *members)
                companion = companion || (member.id == visit.visitorMemberId && member.role == TeamRole::FamilyCompanion);
            if (!companion)
                found << tr("%1: the visitor is not a TPK member of this cycle's team.").arg(which);
        }
    }
    return found;
}

Status MonitoringRecorder::save(QList<CaseVisits> &cases, const QDate &today)
{
    QStringList found;
    for (const CaseVisits &visits : cases)
        found << problems(visits, today);
    if (!found.isEmpty())
        return Error{found.join(QLatin1Char('\n'))};

    QList<CaseVisits> draft = cases;
    const Status status = m_workspace.write([&]() -> Status {
        SubjectRepository subjects(m_workspace);
        CaseRepository caseRepository(m_workspace);
        for (CaseVisits &visits : draft) {
            auto subject = subjects.find(visits.auditCase.subjectId);
            if (!subject)
                return Error{subject.error()};
            for (MonitoringEntry &entry : visits.entries) {
                entry.visit.caseId = visits.auditCase.id;
                if (!entry.measurement.isStored())
                    entry.measurement.id = entry.visit.measurementId;
                entry.measurement.subjectId = subject->id;
                entry.measurement.measuredOn = entry.visit.visitDate;
                entry.measurement.source = DataSource::Manual;
                if (Status saved = subjects.save(*subject, entry.measurement); !saved)
                    return saved;
                entry.visit.measurementId = entry.measurement.id;
                if (Status saved = caseRepository.save(entry.visit); !saved)
                    return saved;
            }
        }
        return {};
    });
    if (status)
        cases = draft;
    return status;
}

#include "audit/OutcomeEvidence.h"

#include "storage/CaseRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SubjectRepository.h"

#include <QSet>

Result<OutcomeEvidence> OutcomeEvidence::of(Workspace &workspace, const AuditCase &auditCase)
{
    CaseRepository cases(workspace);
    SubjectRepository subjects(workspace);
    auto subject = subjects.find(auditCase.subjectId);
    if (!subject)
        return Error{subject.error()};
    auto measurements = subjects.measurements(auditCase.subjectId);
    if (!measurements)
        return Error{measurements.error()};
    auto visits = cases.visits(auditCase.id);
    if (!visits)
        return Error{visits.error()};
    auto review = cases.review(auditCase.id);
    if (!review)
        return Error{review.error()};

    QDate cutoff = auditCase.selectedOn;
    if (review->has_value() && review->value().auditDate.isValid() && (!cutoff.isValid() || review->value().auditDate > cutoff))
        cutoff = review->value().auditDate;

    OutcomeEvidence evidence;
    evidence.subject = *subject;
    QSet<qint64> followUp;
    for (const MonitoringVisit &visit : *visits) {
        if (visit.measurementId)
            followUp.insert(visit.measurementId);
    }
    // Measurements come oldest first; visits by month, so the last one found is the latest.
    for (const Measurement &m : *measurements) {
        if (!followUp.contains(m.id) && (!cutoff.isValid() || m.measuredOn <= cutoff))
            evidence.before = m;
    }
    for (const MonitoringVisit &visit : *visits) {
        for (const Measurement &m : *measurements) {
            if (m.id == visit.measurementId)
                evidence.after = m;
        }
    }
    const RiskThresholds thresholds = RiskThresholds::fromMap(SettingsRepository(workspace).values(QStringLiteral("risk.")));
    evidence.proposal = OutcomeProposal::propose(subject->group, evidence.before, evidence.after, thresholds);
    return evidence;
}

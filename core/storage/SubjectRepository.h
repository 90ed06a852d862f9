#pragma once

#include "Result.h"
#include "domain/FieldSource.h"
#include "domain/Measurement.h"
#include "domain/RiskAnswer.h"
#include "domain/Subject.h"

#include <QList>
#include <optional>

class Workspace;

// Subjects (sasaran) with their measurements, risk-factor answers and per-field sources.
class SubjectRepository {
public:
    explicit SubjectRepository(Workspace &workspace) : m_workspace(workspace) {}

    // Saving a changed subject recomputes the z-scores of its measurements.
    Status save(Subject &subject);
    Result<Subject> find(qint64 id) const;
    Result<QList<Subject>> find(const QList<qint64> &ids) const;  // those that exist, by id
    Result<QList<Subject>> all(std::optional<TargetGroup> group = std::nullopt) const;  // by name
    Result<QList<Subject>> withNik(const QString &nik) const;
    // Removes a subject with its measurements and answers; refused while it is an audit case.
    Status remove(qint64 id);

    // Computes and stores the measurement's z-scores (growth/MeasurementAssessor) with it.
    Status save(Measurement &measurement);
    // The same, for a subject already in hand (saves reading it again, as imports do).
    Status save(const Subject &subject, Measurement &measurement) { return writeMeasurement(subject, measurement); }
    Result<QList<Measurement>> measurements(qint64 subjectId) const;  // oldest first
    Result<std::optional<Measurement>> latestMeasurement(qint64 subjectId) const;
    Status removeMeasurement(qint64 id);

    Status save(RiskAnswer &answer);  // one answer per subject and factor
    Result<QList<RiskAnswer>> riskAnswers(qint64 subjectId) const;

    Status save(FieldSource &source);  // one per subject and field
    // By field. Sources an import recorded with the subject (SubjectBatchWriter) come with id 0
    // and the subject's creation time; saving one makes it a row of its own.
    Result<QList<FieldSource>> fieldSources(qint64 subjectId) const;

private:
    Status write(Subject &subject);
    Status writeMeasurement(const Subject &subject, Measurement &measurement);
    Workspace &m_workspace;
};

#pragma once

#include "domain/Measurement.h"
#include "domain/Subject.h"
#include "growth/RiskFinding.h"
#include "growth/RiskThresholds.h"

#include <QCoreApplication>
#include <QStringList>

// What a measurement says about a subject, in lines for a form or a list: a child's z-scores with
// their Indonesian category, or the risks found for a bride or mother.
class SubjectAssessment {
    Q_DECLARE_TR_FUNCTIONS(SubjectAssessment)
public:
    static QList<RiskFinding> risks(const Subject &subject, const Measurement &measurement, const RiskThresholds &thresholds = {});
    static QStringList describe(const Subject &subject, const Measurement &measurement, const RiskThresholds &thresholds = {});
};

#pragma once

#include "domain/Measurement.h"
#include "domain/RiskAnswer.h"
#include "domain/Subject.h"
#include "growth/RiskFinding.h"
#include "growth/RiskThresholds.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

// What a subject's latest measurement and risk-factor answers say, in lines for a form or a list:
// a child's z-scores with their Indonesian category and the family's risks, or the risks found for
// a bride or mother (measurement, 4 Terlalu, smoke, pregnancy care, family).
class SubjectAssessment {
    Q_DECLARE_TR_FUNCTIONS(SubjectAssessment)
public:
    // Maternal risks (brides and mothers only) followed by the family's risks (every group).
    static QList<RiskFinding> risks(const Subject &subject, const std::optional<Measurement> &measurement,
                                    const RiskAnswerValues &answers, const RiskThresholds &thresholds = {});
    static QStringList describe(const Subject &subject, const std::optional<Measurement> &measurement,
                                const RiskAnswerValues &answers, const RiskThresholds &thresholds = {});
};

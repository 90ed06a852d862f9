#pragma once

#include "domain/CaseOutcome.h"
#include "domain/Measurement.h"
#include "domain/TargetGroup.h"
#include "growth/RiskThresholds.h"

#include <QCoreApplication>
#include <optional>

// Proposes a case's outcome from its measurement before the audit and its last follow-up
// measurement; the user confirms it or chooses another (moved away, died, lost to follow-up).
class OutcomeProposal {
    Q_DECLARE_TR_FUNCTIONS(OutcomeProposal)
public:
    // A change of length/height-for-age z smaller than this, within the same category, is no
    // change: a length measured 0,5 cm apart already moves the z by about 0,15 to 0,2, so a
    // smaller difference is within what two measurers would disagree by.
    static constexpr double ZTolerance = 0.2;

    std::optional<CaseOutcome> outcome;  // none when the measurements cannot tell
    QString reason;                      // one translated line, also when there is no proposal

    static OutcomeProposal propose(TargetGroup group, const std::optional<Measurement> &before,
                                   const std::optional<Measurement> &after, const RiskThresholds &thresholds = {});

private:
    static OutcomeProposal child(const Measurement &before, const Measurement &after);
    static OutcomeProposal mother(TargetGroup group, const Measurement &before, const Measurement &after, const RiskThresholds &thresholds);
};

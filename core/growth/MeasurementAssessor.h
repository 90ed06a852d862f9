#pragma once

#include "domain/Measurement.h"
#include "domain/Subject.h"
#include "growth/ChildZScores.h"
#include "growth/Who2007ZScores.h"

#include <optional>

// Computes the z-scores stored with a measurement: WHO 2006 under 60 months, WHO 2007 from 5 to
// 19 years (young brides and mothers), nothing for adults.
class MeasurementAssessor {
public:
    static void apply(const Subject &subject, Measurement &measurement);
    // The WHO 2006 input for a child's measurement; none when the subject is not a child under 5.
    static std::optional<ChildInput> childInput(const Subject &subject, const Measurement &measurement);
    // The WHO 2007 input, from 60 to 228 months; none outside that range.
    static std::optional<Who2007Input> who2007Input(const Subject &subject, const Measurement &measurement);
    static double ageInDays(const Subject &subject, const Measurement &measurement);
};

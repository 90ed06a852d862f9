#pragma once

#include "domain/Measurement.h"
#include "domain/MonitoringVisit.h"

// One follow-up visit as typed in: the visit and the measurement taken on it (measuredOn is the
// visit date; the growth engine fills the z-scores when it is saved).
struct MonitoringEntry {
    MonitoringVisit visit;
    Measurement measurement;

    bool hasValues() const
    {
        return measurement.weightKg || measurement.lengthHeightCm || measurement.muacCm || measurement.hbGdl;
    }
};

#pragma once

#include "Result.h"
#include "domain/DataSource.h"
#include "domain/Measurement.h"
#include "domain/RiskAnswer.h"
#include "domain/Subject.h"

#include <optional>

class Workspace;

// Registers a subject typed in by hand, with its first measurement and its risk-factor answers
// (factor -> value, empty values left out), in one transaction; every value entered is recorded
// as coming from manual entry.
class SubjectRegistration {
public:
    static Status save(Workspace &workspace, Subject &subject, std::optional<Measurement> &measurement,
                       const RiskAnswerValues &answers = {});
};

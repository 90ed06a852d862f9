#pragma once

#include "Result.h"
#include "audit/OutcomeProposal.h"
#include "domain/AuditCase.h"
#include "domain/Subject.h"

#include <optional>

class Workspace;

// What a case's outcome is judged on: the subject's latest measurement on or before the audit
// (the review's audit date, or the selection when there is no review yet), its latest follow-up
// measurement, and the proposal made from the two against the workspace's risk thresholds.
struct OutcomeEvidence {
    Subject subject;
    std::optional<Measurement> before;
    std::optional<Measurement> after;
    OutcomeProposal proposal;

    static Result<OutcomeEvidence> of(Workspace &workspace, const AuditCase &auditCase);
};

#pragma once

#include "Result.h"
#include "audit/OutcomeEvidence.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class DocumentComposer;
class Workspace;

// The cases of a cycle before and after follow-up, for the evaluation report and chapter VII of
// the cycle report: by case code and group only, with the key measurements before the audit and
// at the last follow-up, the outcome and its reason.
class CaseOutcomeSection {
    Q_DECLARE_TR_FUNCTIONS(CaseOutcomeSection)
public:
    static Result<CaseOutcomeSection> load(Workspace &workspace, qint64 cycleId);

    int caseCount() const { return int(m_cases.size()); }
    // How many cases have this confirmed outcome; none counts those not yet confirmed.
    int count(std::optional<CaseOutcome> outcome) const;

    void writeOutcomes(DocumentComposer &composer) const;
    void writeCounts(DocumentComposer &composer) const;

    // The date and key values of a measurement: z length/height-for-age with its category for a
    // child, Hb, LiLA and BMI for a mother or bride.
    static QString values(TargetGroup group, const std::optional<Measurement> &measurement);

private:
    struct Case {
        AuditCase auditCase;
        OutcomeEvidence evidence;
    };
    QList<Case> m_cases;  // by audit number
};

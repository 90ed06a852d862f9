#include "audit/MainCauses.h"

#include "domain/ReferenceLabel.h"
#include "storage/CaseRepository.h"
#include "storage/CauseTaxonomyRepository.h"

#include <QSet>
#include <algorithm>

Result<MainCauses> MainCauses::of(Workspace &workspace, qint64 cycleId)
{
    CaseRepository caseRepository(workspace);
    auto cases = caseRepository.forCycle(cycleId);
    auto taxonomy = CauseTaxonomyRepository(workspace).all();
    if (!cases || !taxonomy)
        return Error{!cases ? cases.error() : taxonomy.error()};

    MainCauses result;
    for (const CauseCategory &category : *taxonomy)
        result.causes.append({category.code, referenceLabel(category.label, category.labelEn), category.isDirect, 0});
    for (const AuditCase &auditCase : *cases) {
        auto review = caseRepository.review(auditCase.id);
        if (!review)
            return Error{review.error()};
        if (!review->has_value())
            continue;
        QSet<QString> found;  // a cause counts once per case
        for (const ReviewCause &cause : review->value().causes) {
            if (cause.byExperts)
                found.insert(cause.cause);
        }
        if (found.isEmpty())
            continue;
        ++result.reviewedCases;
        for (const QString &code : found) {
            auto known = std::find_if(result.causes.begin(), result.causes.end(), [&code](const Tally &t) { return t.code == code; });
            if (known == result.causes.end())
                result.causes.append({code, code, true, 1});
            else
                ++known->cases;
        }
    }
    result.causes.erase(std::remove_if(result.causes.begin(), result.causes.end(), [](const Tally &t) { return t.cases == 0; }),
                        result.causes.end());
    // The taxonomy's order (direct first) breaks ties, so the order is stable.
    std::stable_sort(result.causes.begin(), result.causes.end(), [](const Tally &a, const Tally &b) { return a.cases > b.cases; });
    return result;
}

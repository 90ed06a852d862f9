#include "audit/CycleProgress.h"

#include "domain/TargetGroup.h"
#include "storage/ProgressRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StatisticsRepository.h"
#include "storage/TeamStore.h"

namespace {
StageProgress stage(CycleStage which, const QStringList &missing)
{
    return StageProgress{which, missing.isEmpty(), missing};
}
}

Result<QList<StageProgress>> CycleProgress::evaluate(qint64 cycleId) const
{
    // 1. Team formation
    auto draft = TeamStore(m_workspace).load(cycleId);
    if (!draft)
        return Error{draft.error()};
    const QStringList team = draft->missing();

    // 2. Case identification and selection
    QStringList selection;
    const int minimum = qMax(1, SettingsRepository(m_workspace).value(QStringLiteral("selection.minimumPerGroup"), QStringLiteral("2")).toInt());
    const auto byGroup = StatisticsRepository(m_workspace).casesByGroup(cycleId);
    for (TargetGroup group : enumValues<TargetGroup>()) {
        if (byGroup.value(group) < minimum)
            selection << tr("%1: %2 of %3 cases selected").arg(enumCode(group)).arg(byGroup.value(group)).arg(minimum);
    }

    auto counted = ProgressRepository(m_workspace).counts(cycleId);
    if (!counted)
        return Error{counted.error()};
    const ProgressCounts &counts = *counted;

    // 3. Expert review: every case reviewed and signed, and an RTL the TPPS chair approved whole.
    QStringList review;
    if (counts.cases == 0)
        review << tr("No cases selected yet");
    if (counts.casesWithoutSignedReview > 0)
        review << tr("%n case(s) without a signed expert review", nullptr, counts.casesWithoutSignedReview);
    if (counts.actionItems == 0)
        review << tr("No RTL items yet");
    if (counts.unapprovedActionItems > 0)
        review << tr("%n RTL item(s) not yet approved by the TPPS chair", nullptr, counts.unapprovedActionItems);

    // 4. Dissemination
    QStringList dissemination;
    if (counts.disseminationsHeld == 0)
        dissemination << tr("No dissemination meeting with attendance and minutes yet");

    // 5. Follow-up evaluation: every RTL item evaluated and every case's outcome confirmed.
    QStringList evaluation;
    if (counts.actionItems == 0)
        evaluation << tr("No RTL items to evaluate yet");
    if (counts.unevaluatedActionItems > 0)
        evaluation << tr("%n RTL item(s) not yet evaluated", nullptr, counts.unevaluatedActionItems);
    if (counts.cases == 0)
        evaluation << tr("No cases to follow up yet");
    if (counts.casesWithoutOutcome > 0)
        evaluation << tr("%n case(s) without a confirmed outcome", nullptr, counts.casesWithoutOutcome);

    return QList<StageProgress>{stage(CycleStage::TeamFormation, team), stage(CycleStage::CaseSelection, selection),
                                stage(CycleStage::ExpertReview, review), stage(CycleStage::Dissemination, dissemination),
                                stage(CycleStage::FollowUpEvaluation, evaluation)};
}

#include "audit/CycleProgress.h"

#include "domain/TargetGroup.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/MeetingRepository.h"
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
    CaseRepository cases(m_workspace);
    ActionItemRepository items(m_workspace);
    MeetingRepository meetings(m_workspace);

    auto cycleCases = cases.forCycle(cycleId);
    auto cycleItems = items.forCycle(cycleId);
    auto cycleMeetings = meetings.forCycle(cycleId);
    for (const QString &error : {cycleCases.error(), cycleItems.error(), cycleMeetings.error()}) {
        if (!error.isEmpty())
            return Error{error};
    }

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

    // 3. Expert review
    QStringList review;
    if (cycleCases->isEmpty())
        review << tr("No cases selected yet");
    int unsigned_ = 0;
    for (const AuditCase &auditCase : *cycleCases) {
        auto caseReview = cases.review(auditCase.id);
        if (!caseReview)
            return Error{caseReview.error()};
        if (!caseReview->has_value() || !caseReview->value().isSigned())
            ++unsigned_;
    }
    if (unsigned_ > 0)
        review << tr("%n case(s) without a signed expert review", nullptr, unsigned_);
    if (cycleItems->isEmpty())
        review << tr("No RTL items yet");
    int unapproved = 0;
    for (const ActionItem &item : *cycleItems)
        unapproved += item.isApproved() ? 0 : 1;
    if (unapproved > 0)
        review << tr("%n RTL item(s) not yet approved by the TPPS chair", nullptr, unapproved);

    // 4. Dissemination
    QStringList dissemination;
    bool held = false;
    for (const Meeting &meeting : *cycleMeetings) {
        if (meeting.kind == MeetingKind::Dissemination && meeting.hasAttendance() && !meeting.minutes.trimmed().isEmpty())
            held = true;
    }
    if (!held)
        dissemination << tr("No dissemination meeting with attendance and minutes yet");

    // 5. Follow-up evaluation
    QStringList evaluation;
    int unevaluated = 0;
    for (const ActionItem &item : *cycleItems) {
        auto evaluations = items.evaluations(item.id);
        if (!evaluations)
            return Error{evaluations.error()};
        unevaluated += evaluations->isEmpty() ? 1 : 0;
    }
    if (cycleItems->isEmpty())
        evaluation << tr("No RTL items to evaluate yet");
    if (unevaluated > 0)
        evaluation << tr("%n RTL item(s) not yet evaluated", nullptr, unevaluated);
    int withoutOutcome = 0;
    for (const AuditCase &auditCase : *cycleCases)
        withoutOutcome += auditCase.outcome ? 0 : 1;
    if (cycleCases->isEmpty())
        evaluation << tr("No cases to follow up yet");
    if (withoutOutcome > 0)
        evaluation << tr("%n case(s) without a confirmed outcome", nullptr, withoutOutcome);

    return QList<StageProgress>{stage(CycleStage::TeamFormation, team), stage(CycleStage::CaseSelection, selection),
                                stage(CycleStage::ExpertReview, review), stage(CycleStage::Dissemination, dissemination),
                                stage(CycleStage::FollowUpEvaluation, evaluation)};
}

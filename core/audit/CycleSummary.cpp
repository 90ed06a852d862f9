#include "audit/CycleSummary.h"

#include "audit/CycleProgress.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SubjectRepository.h"

#include <QMap>
#include <algorithm>

namespace {
QDate later(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    return b.isValid() && b > a ? b : a;
}
}

Result<CycleSummary> CycleSummary::of(Workspace &workspace, qint64 cycleId)
{
    auto progress = CycleProgress(workspace).evaluate(cycleId);
    if (!progress)
        return Error{progress.error()};
    CaseRepository caseRepository(workspace);
    ActionItemRepository itemRepository(workspace);
    auto cases = caseRepository.forCycle(cycleId);
    auto items = itemRepository.forCycle(cycleId);
    auto agencies = PeopleRepository(workspace).agencies();
    auto decree = CycleRepository(workspace).decree(cycleId);
    for (const QString &error : {cases.error(), items.error(), agencies.error(), decree.error()}) {
        if (!error.isEmpty())
            return Error{error};
    }

    CycleSummary summary;

    // Items done, by agency and by timing. Only "done" counts as done; partly done does not.
    QMap<QString, DoneShare> byAgency;
    DoneShare withoutAgency{tr("No agency"), 0, 0};
    QMap<ActionTiming, DoneShare> byTiming;
    for (ActionTiming timing : enumValues<ActionTiming>())
        byTiming.insert(timing, DoneShare{enumName(timing), 0, 0});
    int evaluated = 0;
    QDate lastEvaluation;
    QDate lastApproval;
    for (const ActionItem &item : *items) {
        DoneShare *agency = &withoutAgency;
        for (const Agency &candidate : *agencies) {
            if (candidate.id == item.agencyId) {
                agency = &byAgency[candidate.name];
                agency->label = candidate.name;
            }
        }
        for (DoneShare *share : {agency, &byTiming[item.timing]}) {
            ++share->total;
            share->done += item.isFinished() ? 1 : 0;
            share->partlyDone += item.status == ActionStatus::PartlyDone ? 1 : 0;
            share->notDone += item.status == ActionStatus::NotDone ? 1 : 0;
        }
        lastApproval = later(lastApproval, item.approvedOn);
        auto evaluations = itemRepository.evaluations(item.id);
        if (!evaluations)
            return Error{evaluations.error()};
        if (!evaluations->isEmpty()) {
            ++evaluated;
            lastEvaluation = later(lastEvaluation, evaluations->last().evaluatedOn);
        }
    }
    summary.byAgency = byAgency.values();
    if (withoutAgency.total > 0)
        summary.byAgency.append(withoutAgency);
    summary.byTiming = byTiming.values();

    // Outcomes, and the dates the selection and the reviews were completed.
    QList<qint64> subjectIds;
    for (const AuditCase &auditCase : *cases)
        subjectIds.append(auditCase.subjectId);
    auto subjects = SubjectRepository(workspace).find(subjectIds);
    if (!subjects)
        return Error{subjects.error()};
    QMap<TargetGroup, QList<QDate>> selectedByGroup;
    QDate lastSignature;
    for (const AuditCase &auditCase : *cases) {
        if (!auditCase.outcome)
            ++summary.unconfirmed;
        else if (*auditCase.outcome == CaseOutcome::Improved)
            ++summary.improved;
        else if (*auditCase.outcome == CaseOutcome::Unchanged)
            ++summary.unchanged;
        else if (*auditCase.outcome == CaseOutcome::Worse)
            ++summary.worse;
        else
            ++summary.other;
        for (const Subject &subject : *subjects) {
            if (subject.id == auditCase.subjectId)
                selectedByGroup[subject.group].append(auditCase.selectedOn);
        }
        auto review = caseRepository.review(auditCase.id);
        if (!review)
            return Error{review.error()};
        if (review->has_value())
            lastSignature = later(lastSignature, review->value().signedOn);
    }

    // Sipasti stages. Each is reached when the stage strip (CycleProgress) says the matching work is
    // done and the stage before it is reached; its date is when the last piece it needed was there:
    //  1 team formed: the date of the decree (SK);
    //  2 cases selected: the date the last case needed for each group's minimum was selected;
    //  3 cases reviewed and RTL agreed: the later of the last review's sign-off and the last
    //    approval of an RTL item by the TPPS chair;
    //  4 RTL evaluated: the date of the last item evaluation, once every item has one.
    const QList<StageProgress> &stages = *progress;
    const int minimum = qMax(1, SettingsRepository(workspace).value(QStringLiteral("selection.minimumPerGroup"), QStringLiteral("2")).toInt());
    QDate selectionDate;
    for (QList<QDate> dates : selectedByGroup) {
        std::sort(dates.begin(), dates.end());
        if (dates.size() >= minimum)
            selectionDate = later(selectionDate, dates.at(minimum - 1));
    }
    // The same words as the stage strip's, so that both read alike.
    QStringList evaluationMissing;
    if (items->isEmpty())
        evaluationMissing << CycleProgress::tr("No RTL items to evaluate yet");
    else if (evaluated < items->size())
        evaluationMissing << CycleProgress::tr("%n RTL item(s) not yet evaluated", nullptr, int(items->size()) - evaluated);

    const QList<SipastiStage> own = {
        {1, tr("Team formed"), stages.at(0).done, decree->has_value() ? decree->value().date : QDate(), stages.at(0).missing},
        {2, tr("Cases identified and selected"), stages.at(1).done, selectionDate, stages.at(1).missing},
        {3, tr("Cases reviewed and RTL agreed"), stages.at(2).done, later(lastSignature, lastApproval), stages.at(2).missing},
        {4, tr("RTL evaluated"), evaluationMissing.isEmpty(), lastEvaluation, evaluationMissing},
    };
    bool previousReached = true;
    for (SipastiStage stage : own) {
        if (!previousReached) {
            stage.missing.prepend(tr("Stage %1 is not reached yet").arg(stage.number - 1));
            stage.reached = false;
        }
        if (!stage.reached)
            stage.reachedOn = QDate();
        previousReached = stage.reached;
        summary.stages.append(stage);
    }
    return summary;
}

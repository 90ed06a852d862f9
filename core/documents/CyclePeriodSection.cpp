#include "documents/CyclePeriodSection.h"

#include "documents/CycleText.h"
#include "documents/DocumentComposer.h"
#include "domain/DateText.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"

namespace {
// The earliest and latest of the dates given, ignoring invalid ones.
struct Span {
    QDate from;
    QDate to;
    void add(const QDate &date)
    {
        if (!date.isValid())
            return;
        if (!from.isValid() || date < from)
            from = date;
        if (!to.isValid() || date > to)
            to = date;
    }
};
}

QString CyclePeriodSection::dates(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return QStringLiteral("–");
    if (!to.isValid() || to == from)
        return DateText::date(from);
    return tr("%1 to %2").arg(DateText::date(from), DateText::date(to));
}

Result<CyclePeriodSection> CyclePeriodSection::load(Workspace &workspace, qint64 cycleId)
{
    CycleRepository cycles(workspace);
    CaseRepository caseRepository(workspace);
    ActionItemRepository itemRepository(workspace);
    auto cycle = cycles.find(cycleId);
    if (!cycle)
        return Error{cycle.error()};
    auto decree = cycles.decree(cycleId);
    auto cases = caseRepository.forCycle(cycleId);
    auto items = itemRepository.forCycle(cycleId);
    auto meetings = MeetingRepository(workspace).forCycle(cycleId);
    for (const QString &error : {decree.error(), cases.error(), items.error(), meetings.error()}) {
        if (!error.isEmpty())
            return Error{error};
    }

    Span selected, reviewed, visited, approved, evaluatedSpan;
    int signedCount = 0, visitedCases = 0, approvedCount = 0, evaluatedCount = 0;
    for (const AuditCase &auditCase : *cases) {
        selected.add(auditCase.selectedOn);
        auto review = caseRepository.review(auditCase.id);
        auto visits = caseRepository.visits(auditCase.id);
        if (!review || !visits)
            return Error{!review ? review.error() : visits.error()};
        if (review->has_value() && review->value().isSigned()) {
            reviewed.add(review->value().signedOn);
            ++signedCount;
        }
        for (const MonitoringVisit &visit : *visits)
            visited.add(visit.visitDate);
        visitedCases += visits->isEmpty() ? 0 : 1;
    }
    for (const ActionItem &item : *items) {
        approved.add(item.approvedOn);
        approvedCount += item.isApproved() ? 1 : 0;
        auto evaluations = itemRepository.evaluations(item.id);
        if (!evaluations)
            return Error{evaluations.error()};
        if (!evaluations->isEmpty()) {
            ++evaluatedCount;
            evaluatedSpan.add(evaluations->last().evaluatedOn);
        }
    }

    CyclePeriodSection section;
    section.m_cycle = *cycle;
    const int caseCount = int(cases->size());
    const int itemCount = int(items->size());
    if (decree->has_value())
        section.m_stages.append({tr("Team formation: decree (SK)"), decree->value().date, {}, tr("SK Number %1").arg(decree->value().number)});
    else
        section.m_stages.append({tr("Team formation: decree (SK)"), {}, {}, tr("No decree yet")});
    section.m_stages.append({tr("Case identification and selection"), selected.from, selected.to, tr("%1 cases selected").arg(caseCount)});
    section.m_stages.append({tr("Expert review (kajian Tim Pakar)"), reviewed.from, reviewed.to,
                             tr("%1 of %2 cases reviewed and signed").arg(signedCount).arg(caseCount)});
    section.m_stages.append({tr("Approval of the RTL by the TPPS chair"), approved.from, approved.to,
                             tr("%1 of %2 RTL items approved").arg(approvedCount).arg(itemCount)});
    bool disseminated = false;
    for (const Meeting &meeting : *meetings) {
        if (meeting.kind == MeetingKind::Other)
            continue;
        const QString name = meeting.kind == MeetingKind::Dissemination ? tr("Dissemination (diseminasi)") : enumName(meeting.kind);
        QStringList note;
        if (!meeting.place.isEmpty())
            note << meeting.place;
        if (meeting.hasAttendance())
            note << tr("%1 present").arg(meeting.attendedCount());
        section.m_stages.append({name, meeting.date, {}, note.join(QStringLiteral(", "))});
        disseminated = disseminated || meeting.kind == MeetingKind::Dissemination;
    }
    if (!disseminated)
        section.m_stages.append({tr("Dissemination (diseminasi)"), {}, {}, tr("No dissemination meeting yet")});
    section.m_stages.append({tr("Monitoring visits of the cases"), visited.from, visited.to,
                             tr("%1 of %2 cases visited").arg(visitedCases).arg(caseCount)});
    section.m_stages.append({tr("Evaluation of the RTL"), evaluatedSpan.from, evaluatedSpan.to,
                             tr("%1 of %2 RTL items evaluated").arg(evaluatedCount).arg(itemCount)});
    return section;
}

void CyclePeriodSection::write(DocumentComposer &composer) const
{
    composer.fields({{tr("Cycle"), CycleText::name(m_cycle)}, {tr("Period"), CycleText::period(m_cycle)}});
    DocumentTable table({tr("No."), tr("Stage"), tr("Date"), tr("Note")}, {6, 36, 30, 28});
    table.alignCentre(0);
    int number = 0;
    for (const Stage &stage : m_stages)
        table.addRow({QString::number(++number), stage.name, dates(stage.from, stage.to), stage.note});
    table.setFontPointSize(9.5);
    composer.table(table);
}

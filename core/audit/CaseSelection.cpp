#include "audit/CaseSelection.h"

#include "audit/CaseCode.h"
#include "audit/SubjectScreening.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/ListRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StatisticsRepository.h"
#include "storage/Workspace.h"

#include <QSet>
#include <algorithm>

Result<QList<Candidate>> CaseSelection::candidates(qint64 cycleId) const
{
    const ListRepository lists(m_workspace);
    auto subjects = lists.subjects();
    auto answers = lists.riskAnswers();
    auto cases = CaseRepository(m_workspace).forCycle(cycleId);
    if (!subjects)
        return Error{subjects.error()};
    if (!answers)
        return Error{answers.error()};
    if (!cases)
        return Error{cases.error()};
    QSet<qint64> selected;
    for (const AuditCase &c : *cases)
        selected.insert(c.subjectId);
    const RiskThresholds thresholds = RiskThresholds::fromMap(SettingsRepository(m_workspace).values(QStringLiteral("risk.")));
    QList<Candidate> list;
    list.reserve(subjects->size());
    for (const SubjectRow &row : *subjects) {
        Candidate candidate;
        candidate.subject = row;
        candidate.alreadyCase = selected.contains(row.id);
        candidate.selected = candidate.alreadyCase;
        const SubjectScreening screening = SubjectScreening::of(row, answers->value(row.id), thresholds);
        candidate.findings = screening.findings;
        candidate.atRisk = screening.atRisk;
        list.append(candidate);
    }
    return list;
}

int CaseSelection::minimumPerGroup() const
{
    return qMax(1, SettingsRepository(m_workspace).value(QStringLiteral("selection.minimumPerGroup"), QStringLiteral("2")).toInt());
}

QMap<TargetGroup, int> CaseSelection::countsWith(qint64 cycleId, const QList<Candidate> &candidates) const
{
    QMap<TargetGroup, int> counts = StatisticsRepository(m_workspace).casesByGroup(cycleId);
    for (const Candidate &candidate : candidates) {
        if (candidate.selected && !candidate.alreadyCase)
            ++counts[candidate.subject.group];
    }
    return counts;
}

QStringList CaseSelection::shortGroups(qint64 cycleId, const QList<Candidate> &candidates) const
{
    QStringList lines;
    const QMap<TargetGroup, int> counts = countsWith(cycleId, candidates);
    for (TargetGroup group : enumValues<TargetGroup>()) {
        if (counts.value(group) < minimumPerGroup())
            lines << tr("%1: %2 of %3 cases").arg(enumCode(group)).arg(counts.value(group)).arg(minimumPerGroup());
    }
    return lines;
}

Result<QStringList> CaseSelection::select(qint64 cycleId, const QList<Candidate> &candidates)
{
    auto cycle = CycleRepository(m_workspace).find(cycleId);
    if (!cycle)
        return Error{cycle.error()};
    QStringList codes;
    const Status status = m_workspace.write([&]() -> Status {
        CaseRepository repository(m_workspace);
        auto existing = repository.forCycle(cycleId);
        if (!existing)
            return Error{existing.error()};
        int auditNumber = 0;
        QMap<TargetGroup, int> perGroup;
        for (const AuditCase &c : *existing) {
            auditNumber = qMax(auditNumber, c.auditNumber);
            if (auto code = CaseCode::parse(c.caseCode))
                perGroup[code->group] = qMax(perGroup.value(code->group), code->number);
        }
        // New cases are numbered group by group (CATIN to BALITA), in the list's order within a group.
        QList<Candidate> chosen;
        for (const Candidate &candidate : candidates) {
            if (candidate.selected && !candidate.alreadyCase)
                chosen.append(candidate);
        }
        std::stable_sort(chosen.begin(), chosen.end(),
                         [](const Candidate &a, const Candidate &b) { return int(a.subject.group) < int(b.subject.group); });
        for (const Candidate &candidate : chosen) {
            if (candidate.reasons.isEmpty())
                return Error{tr("%1 has no selection reason: every case needs at least one.").arg(candidate.subject.name)};
            const TargetGroup group = candidate.subject.group;
            AuditCase auditCase;
            auditCase.cycleId = cycleId;
            auditCase.subjectId = candidate.subject.id;
            auditCase.auditNumber = ++auditNumber;
            auditCase.caseCode = CaseCode{cycle->year, cycle->number, group, ++perGroup[group]}.toString();
            auditCase.reasons = candidate.reasons;
            auditCase.selectionNote = candidate.note.trimmed();
            auditCase.selectedOn = QDate::currentDate();
            if (Status saved = repository.save(auditCase); !saved)
                return saved;
            codes << auditCase.caseCode;
        }
        return {};
    });
    if (!status)
        return Error{status.error()};
    return codes;
}

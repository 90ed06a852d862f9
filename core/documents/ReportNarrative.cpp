#include "documents/ReportNarrative.h"

#include "audit/CycleSummary.h"
#include "audit/MainCauses.h"
#include "documents/CycleText.h"
#include "domain/DateText.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/ReportTextRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/Workspace.h"

#include <QLocale>
#include <QMap>

namespace {

// What the default paragraphs say about the cycle.
struct Facts {
    Cycle cycle;
    QString regency;
    std::optional<Decree> decree;
    QMap<TargetGroup, int> casesByGroup;
    int cases = 0;
    CycleSummary summary;
    MainCauses causes;
};

Result<Facts> facts(Workspace &workspace, qint64 cycleId)
{
    Facts f;
    auto cycle = CycleRepository(workspace).find(cycleId);
    if (!cycle)
        return Error{cycle.error()};
    f.cycle = *cycle;
    auto settings = SettingsRepository(workspace).load();
    auto decree = CycleRepository(workspace).decree(cycleId);
    auto cases = CaseRepository(workspace).forCycle(cycleId);
    auto summary = CycleSummary::of(workspace, cycleId);
    auto causes = MainCauses::of(workspace, cycleId);
    for (const QString &error : {settings.error(), decree.error(), cases.error(), summary.error(), causes.error()}) {
        if (!error.isEmpty())
            return Error{error};
    }
    f.regency = settings->regency;
    f.decree = *decree;
    f.summary = *summary;
    f.causes = *causes;
    QList<qint64> subjectIds;
    for (const AuditCase &auditCase : *cases)
        subjectIds.append(auditCase.subjectId);
    auto subjects = SubjectRepository(workspace).find(subjectIds);
    if (!subjects)
        return Error{subjects.error()};
    for (const Subject &subject : *subjects)
        ++f.casesByGroup[subject.group];
    f.cases = int(cases->size());
    return f;
}

QString groups(const Facts &f)
{
    QStringList parts;
    for (auto it = f.casesByGroup.cbegin(); it != f.casesByGroup.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(enumCode(it.key()));
    return parts.join(QStringLiteral(", "));
}

QString mainCauses(const Facts &f, int count)
{
    QStringList parts;
    for (const MainCauses::Tally &tally : f.causes.causes.mid(0, count))
        parts << ReportNarrative::tr("%1 (%n case(s))", nullptr, tally.cases).arg(tally.label);
    return parts.join(QStringLiteral("; "));
}

QString background(const Facts &f)
{
    QString text = ReportNarrative::tr(
        "Stunting, a child's failure to grow after long undernutrition and repeated infection, is a priority of %1. The Audit Kasus "
        "Stunting (AKS, stunting case audit) is one of the priority activities of the national action plan for the acceleration of "
        "stunting reduction (RAN PASTI): it looks for the root causes of stunting risk in individual, already known cases and decides "
        "what each agency must do about them.").arg(f.regency);
    text += QLatin1Char('\n');
    if (f.cases == 0)
        text += ReportNarrative::tr("In %1, from %2, no case has been selected for audit yet.").arg(CycleText::name(f.cycle), CycleText::period(f.cycle));
    else
        text += ReportNarrative::tr("In %1, from %2, the team audited %n case(s) (%3). This report presents the cases and their spread, "
                                    "the experts who reviewed them, the period of the audit, its conclusions, the follow-up plan (RTL) and "
                                    "its evaluation.", nullptr, f.cases)
                    .arg(CycleText::name(f.cycle), CycleText::period(f.cycle), groups(f));
    return text;
}

QString legalBasis(const Facts &f)
{
    QStringList lines{
        ReportNarrative::tr("1. Presidential Regulation (Peraturan Presiden) Number 72 of 2021 on the Acceleration of Stunting Reduction;"),
        ReportNarrative::tr("2. BKKBN Regulation (Peraturan BKKBN) Number 12 of 2021 on the National Action Plan for the Acceleration of "
                            "Stunting Reduction in Indonesia (RAN PASTI);")};
    if (f.decree)
        lines << ReportNarrative::tr("3. Decree (SK) Number %1 of %2 on %3.")
                     .arg(f.decree->number, DateText::date(f.decree->date), f.decree->subject.isEmpty() ? ReportNarrative::tr("the audit team") : f.decree->subject);
    else
        lines.last().replace(QLatin1Char(';'), QLatin1Char('.'));
    return lines.join(QLatin1Char('\n'));
}

QString objectives(const Facts &f)
{
    return ReportNarrative::tr("The audit of %1 aimed to:").arg(CycleText::name(f.cycle)) + QLatin1Char('\n')
        + ReportNarrative::tr("1. find the risk factors and root causes of stunting in each audited case;") + QLatin1Char('\n')
        + ReportNarrative::tr("2. recommend how each case is handled, how case management is improved and how similar cases are prevented;")
        + QLatin1Char('\n')
        + ReportNarrative::tr("3. agree a follow-up plan (RTL) with the agencies (OPD) and evaluate what was done.");
}

CycleSummary::DoneShare totals(const CycleSummary &summary)
{
    CycleSummary::DoneShare total;
    for (const CycleSummary::DoneShare &share : summary.byAgency) {
        total.total += share.total;
        total.done += share.done;
        total.partlyDone += share.partlyDone;
        total.notDone += share.notDone;
    }
    return total;
}

QString conclusions(const Facts &f)
{
    QStringList paragraphs;
    if (f.causes.reviewedCases > 0)
        paragraphs << ReportNarrative::tr("The experts (Tim Pakar) concluded on the causes of %1 of the %2 cases. The causes they found most often "
                                          "were: %3.")
                          .arg(f.causes.reviewedCases)
                          .arg(f.cases)
                          .arg(mainCauses(f, 3));
    const CycleSummary::DoneShare items = totals(f.summary);
    if (items.total > 0 && items.notEvaluated() == items.total) {
        paragraphs << ReportNarrative::tr("None of the %n RTL item(s) has been evaluated yet.", nullptr, items.total);
    } else if (items.total > 0) {
        const QString share = QLocale().toString(100.0 * items.done / items.total, 'f', 1) + QStringLiteral(" %");
        paragraphs << ReportNarrative::tr("Of the %1 RTL items, %2 were done (%3), %4 partly done and %5 not done; %6 are not evaluated yet.")
                          .arg(items.total)
                          .arg(items.done)
                          .arg(share)
                          .arg(items.partlyDone)
                          .arg(items.notDone)
                          .arg(items.notEvaluated());
    }
    if (f.cases > 0 && f.summary.unconfirmed == f.cases)
        paragraphs << ReportNarrative::tr("The outcomes of the %n case(s) after follow-up are not confirmed yet.", nullptr, f.cases);
    else if (f.cases > 0)
        paragraphs << ReportNarrative::tr("Of the %1 cases, %2 improved, %3 stayed unchanged and %4 became worse; %5 moved away, died or were lost "
                                          "to follow-up, and %6 have no confirmed outcome yet.")
                          .arg(f.cases)
                          .arg(f.summary.improved)
                          .arg(f.summary.unchanged)
                          .arg(f.summary.worse)
                          .arg(f.summary.other)
                          .arg(f.summary.unconfirmed);
    if (paragraphs.isEmpty())
        paragraphs << ReportNarrative::tr("The audit of this cycle has not reached its conclusions yet.");
    return paragraphs.join(QLatin1Char('\n'));
}

QString suggestions(const Facts &f)
{
    QStringList lines;
    const CycleSummary::DoneShare items = totals(f.summary);
    const int unfinished = items.total - items.done;
    if (unfinished > 0)
        lines << ReportNarrative::tr("The agencies responsible finish the %n RTL item(s) not yet done in the next cycle.", nullptr, unfinished);
    lines << ReportNarrative::tr("The family companion teams (TPK) go on measuring the audited cases every month and report to the puskesmas.");
    if (!f.causes.causes.isEmpty())
        lines << ReportNarrative::tr("The agencies take the causes found most often (%1) into their regular programmes, to prevent similar cases.")
                     .arg(mainCauses(f, 2));
    for (int i = 0; i < lines.size(); ++i)
        lines[i] = QStringLiteral("%1. %2").arg(i + 1).arg(lines[i]);
    return lines.join(QLatin1Char('\n'));
}

QString closing(const Facts &f)
{
    return ReportNarrative::tr("This report is the account of the Audit Kasus Stunting of %1 in %2. We thank the experts, the technical team, "
                               "the family companion teams and the agencies for their work, and hope that it helps to accelerate the "
                               "reduction of stunting in %1.")
        .arg(f.regency, CycleText::name(f.cycle));
}

}  // namespace

Result<ReportNarrative> ReportNarrative::load(Workspace &workspace, qint64 cycleId)
{
    auto data = facts(workspace, cycleId);
    if (!data)
        return Error{data.error()};
    auto stored = ReportTextRepository(workspace).forCycle(cycleId);
    if (!stored)
        return Error{stored.error()};
    const QMap<ReportPart, QString (*)(const Facts &)> defaults = {
        {ReportPart::Background, background},   {ReportPart::LegalBasis, legalBasis}, {ReportPart::Objectives, objectives},
        {ReportPart::Conclusions, conclusions}, {ReportPart::Suggestions, suggestions}, {ReportPart::Closing, closing}};
    ReportNarrative narrative;
    for (ReportPart part : enumValues<ReportPart>()) {
        Part entry{part, enumName(part), defaults.value(part)(*data), {}};
        for (const ReportText &text : *stored) {
            if (text.part == part)
                entry.written = text.body;
        }
        narrative.m_parts.append(entry);
    }
    return narrative;
}

const ReportNarrative::Part &ReportNarrative::part(ReportPart part) const
{
    for (const Part &entry : m_parts) {
        if (entry.part == part)
            return entry;
    }
    return m_parts.first();  // every part is loaded; not reached
}

Status ReportNarrative::save(Workspace &workspace, qint64 cycleId, const QMap<ReportPart, QString> &texts)
{
    QList<ReportText> rows;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        ReportText text;
        text.cycleId = cycleId;
        text.part = it.key();
        text.body = it.value().trimmed();
        rows.append(text);
    }
    return ReportTextRepository(workspace).save(rows);
}

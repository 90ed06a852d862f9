#include "documents/CaseOutcomeSection.h"

#include "documents/DocumentComposer.h"
#include "domain/DateText.h"
#include "growth/NutritionalStatus.h"
#include "storage/CaseRepository.h"

#include <QLocale>

namespace {
QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}
}

Result<CaseOutcomeSection> CaseOutcomeSection::load(Workspace &workspace, qint64 cycleId)
{
    auto cases = CaseRepository(workspace).forCycle(cycleId);
    if (!cases)
        return Error{cases.error()};
    CaseOutcomeSection section;
    for (const AuditCase &auditCase : *cases) {
        auto evidence = OutcomeEvidence::of(workspace, auditCase);
        if (!evidence)
            return Error{evidence.error()};
        section.m_cases.append({auditCase, *evidence});
    }
    return section;
}

int CaseOutcomeSection::count(std::optional<CaseOutcome> outcome) const
{
    int result = 0;
    for (const Case &item : m_cases)
        result += item.auditCase.outcome == outcome ? 1 : 0;
    return result;
}

QString CaseOutcomeSection::values(TargetGroup group, const std::optional<Measurement> &m)
{
    if (!m)
        return tr("Not measured");
    QStringList lines{DateText::shortDate(m->measuredOn)};
    if (isChildGroup(group)) {
        const bool lying = m->position == MeasurePosition::Lying;
        if (m->zLengthAge) {
            const QStringList flags = m->zFlags.split(QLatin1Char(','), Qt::SkipEmptyParts);
            const bool flagged = flags.contains(QStringLiteral("zlen")) || flags.contains(QStringLiteral("zhfa"));
            lines << (lying ? tr("PB/U z %1") : tr("TB/U z %1")).arg(number(*m->zLengthAge, 2));
            lines << NutritionalStatus::name(NutritionalStatus::categorise(ChildIndex::LengthForAge, *m->zLengthAge, flagged));
        } else if (m->lengthHeightCm) {
            lines << (lying ? tr("PB %1 cm") : tr("TB %1 cm")).arg(number(*m->lengthHeightCm));
        }
    } else {
        if (m->hbGdl)
            lines << tr("Hb %1 g/dL").arg(number(*m->hbGdl));
        if (m->muacCm)
            lines << tr("LiLA %1 cm").arg(number(*m->muacCm));
        // A pregnant woman's BMI says nothing about her nutrition, as in the outcome proposal.
        if (group != TargetGroup::Bumil && m->weightKg && m->lengthHeightCm && *m->lengthHeightCm > 0) {
            const double metres = *m->lengthHeightCm / 100.0;
            lines << tr("BMI %1").arg(number(*m->weightKg / (metres * metres)));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void CaseOutcomeSection::writeOutcomes(DocumentComposer &composer) const
{
    DocumentTable table({tr("No."), tr("Case"), tr("Group"), tr("Before the audit"), tr("Last follow-up"), tr("Outcome"), tr("Reason")},
                        {5, 21, 10, 14, 14, 12, 24});
    table.alignCentre(0).alignCentre(2);
    int number = 0;
    for (const Case &item : m_cases) {
        const TargetGroup group = item.evidence.subject.group;
        const OutcomeProposal &proposal = item.evidence.proposal;
        QString outcome;
        if (item.auditCase.outcome)
            outcome = enumName(*item.auditCase.outcome);
        else if (proposal.outcome)
            outcome = tr("%1 (proposed, not confirmed)").arg(enumName(*proposal.outcome));
        else
            outcome = tr("Not confirmed");
        // The proposal's own words for this case tell the wizard's user what to do; a report states the fact.
        QString reason = item.evidence.after ? proposal.reason : tr("No follow-up measurement");
        if (item.auditCase.outcome && proposal.outcome && *proposal.outcome != *item.auditCase.outcome)
            reason = tr("Decided by the team; the measurements suggest %1: %2").arg(enumName(*proposal.outcome).toLower(), proposal.reason);
        table.addRow({QString::number(++number), item.auditCase.caseCode, enumCode(group), values(group, item.evidence.before),
                      values(group, item.evidence.after), outcome, reason});
    }
    table.setFontPointSize(9);
    composer.table(table);
}

void CaseOutcomeSection::writeCounts(DocumentComposer &composer) const
{
    // One column per outcome, so that the counts take three lines of the page.
    QList<std::optional<CaseOutcome>> outcomes;
    for (CaseOutcome outcome : enumValues<CaseOutcome>())
        outcomes.append(outcome);
    outcomes.append(std::nullopt);
    QStringList headers{QString()};
    QStringList counts{tr("Cases")};
    QStringList shares{tr("Share")};
    const int total = caseCount();
    const auto shareOf = [total](int count) {
        return total > 0 ? QLocale().toString(100.0 * count / total, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
    };
    for (const std::optional<CaseOutcome> &outcome : outcomes) {
        headers << (outcome ? enumName(*outcome) : tr("Not confirmed"));
        counts << QString::number(count(outcome));
        shares << shareOf(count(outcome));
    }
    headers << tr("Total");
    counts << QString::number(total);
    shares << shareOf(total);
    DocumentTable table(headers, {8, 11, 12, 12, 10, 12, 12, 12, 11});
    for (int column = 1; column < headers.size(); ++column)
        table.alignRight(column);
    table.addRow(counts).addRow(shares);
    table.setFontPointSize(8.5);
    composer.table(table);
}

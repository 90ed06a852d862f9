#include "audit/OutcomeProposal.h"

#include "growth/MaternalRiskScreen.h"
#include "growth/NutritionalStatus.h"

#include <QLocale>
#include <QStringList>

namespace {
QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

bool heightFlagged(const Measurement &m)
{
    const QStringList flags = m.zFlags.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return flags.contains(QStringLiteral("zlen")) || flags.contains(QStringLiteral("zhfa"));
}

// Severely stunted 0, stunted 1, not stunted 2: a higher rank is better.
int stuntingRank(double z)
{
    return z < -3 ? 0 : (z < -2 ? 1 : 2);
}

std::optional<double> bmi(const Measurement &m)
{
    if (!m.weightKg || !m.lengthHeightCm || *m.lengthHeightCm <= 0)
        return std::nullopt;
    const double metres = *m.lengthHeightCm / 100.0;
    return *m.weightKg / (metres * metres);
}
}

OutcomeProposal OutcomeProposal::propose(TargetGroup group, const std::optional<Measurement> &before,
                                         const std::optional<Measurement> &after, const RiskThresholds &thresholds)
{
    if (!after)
        return {std::nullopt, tr("No follow-up measurement: choose the outcome yourself (e.g. moved away).")};
    if (!before)
        return {std::nullopt, tr("No measurement from before the audit to compare with.")};
    return isChildGroup(group) ? child(*before, *after) : mother(group, *before, *after, thresholds);
}

OutcomeProposal OutcomeProposal::child(const Measurement &before, const Measurement &after)
{
    if (!before.zLengthAge || !after.zLengthAge)
        return {std::nullopt, tr("Length/height-for-age z is missing before or after.")};
    if (heightFlagged(before) || heightFlagged(after))
        return {std::nullopt, tr("A length/height-for-age z is flagged as implausible: check the measurement.")};
    const double from = *before.zLengthAge;
    const double to = *after.zLengthAge;
    const int fromRank = stuntingRank(from);
    const int toRank = stuntingRank(to);
    const QString category = NutritionalStatus::name(NutritionalStatus::categorise(ChildIndex::LengthForAge, to, false)).toLower();

    std::optional<CaseOutcome> outcome;
    QString change;
    if (toRank > fromRank) {
        outcome = CaseOutcome::Improved;
        change = toRank == 2 ? tr("no longer stunted") : tr("now %1").arg(category);
    } else if (toRank < fromRank) {
        outcome = CaseOutcome::Worse;
        change = tr("now %1").arg(category);
    } else {
        const double delta = to - from;
        outcome = delta >= ZTolerance ? CaseOutcome::Improved : (delta <= -ZTolerance ? CaseOutcome::Worse : CaseOutcome::Unchanged);
        change = toRank == 2 ? tr("still not stunted") : tr("still %1").arg(category);
        if (outcome == CaseOutcome::Unchanged)
            change += QStringLiteral(", ") + tr("change under %1 z").arg(QLocale().toString(ZTolerance, 'f', 1));
    }
    // Two decimals, as the tolerance is a tenth-sized step: -2,62 → -2,80 must not read as -2,6 → -2,8.
    return {outcome, tr("HAZ %1 → %2, %3").arg(QLocale().toString(from, 'f', 2), QLocale().toString(to, 'f', 2), change)};
}

OutcomeProposal OutcomeProposal::mother(TargetGroup group, const Measurement &before, const Measurement &after, const RiskThresholds &thresholds)
{
    // Only what was measured both times is compared, so that a value missing at one visit does not
    // count as a risk gone or come. The thresholds are those of the maternal risk screen.
    Measurement first;
    Measurement last;
    QStringList values;
    if (before.hbGdl && after.hbGdl) {
        first.hbGdl = before.hbGdl;
        last.hbGdl = after.hbGdl;
        values << tr("Hb %1 → %2 g/dL").arg(number(*before.hbGdl), number(*after.hbGdl));
    }
    if (before.muacCm && after.muacCm) {
        first.muacCm = before.muacCm;
        last.muacCm = after.muacCm;
        values << tr("LiLA %1 → %2 cm").arg(number(*before.muacCm), number(*after.muacCm));
    }
    if (group != TargetGroup::Bumil && bmi(before) && bmi(after)) {
        first.weightKg = before.weightKg;
        first.lengthHeightCm = before.lengthHeightCm;
        last.weightKg = after.weightKg;
        last.lengthHeightCm = after.lengthHeightCm;
        values << tr("BMI %1 → %2").arg(number(*bmi(before)), number(*bmi(after)));
    }
    if (values.isEmpty())
        return {std::nullopt, tr("Neither Hb, LiLA nor BMI was measured both before and after.")};

    auto crossed = [&](const Measurement &m) {
        int count = 0;
        for (const RiskFinding &finding : MaternalRiskScreen::screen(group, -1, m, {}, thresholds)) {
            if (finding.rule == QLatin1String("anaemia") || finding.rule == QLatin1String("kek") || finding.rule == QLatin1String("underweight"))
                ++count;
        }
        return count;
    };
    const int from = crossed(first);
    const int to = crossed(last);
    const CaseOutcome outcome = to < from ? CaseOutcome::Improved : (to > from ? CaseOutcome::Worse : CaseOutcome::Unchanged);
    return {outcome, tr("%1; thresholds crossed %2 → %3").arg(values.join(QStringLiteral(", "))).arg(from).arg(to)};
}

#include <catch2/catch.hpp>

#include "Language.h"
#include "audit/OutcomeProposal.h"

namespace {
Measurement child(double z, const QString &flags = QString())
{
    Measurement m;
    m.measuredOn = QDate(2024, 3, 1);
    m.zLengthAge = z;
    m.zFlags = flags;
    return m;
}

Measurement mother(std::optional<double> hb, std::optional<double> muac, std::optional<double> weight = std::nullopt,
                   std::optional<double> height = std::nullopt)
{
    Measurement m;
    m.measuredOn = QDate(2024, 3, 1);
    m.hbGdl = hb;
    m.muacCm = muac;
    m.weightKg = weight;
    m.lengthHeightCm = height;
    return m;
}

OutcomeProposal forChild(double before, double after)
{
    return OutcomeProposal::propose(TargetGroup::Baduta, child(before), child(after));
}
}

TEST_CASE("A child's proposal follows the stunting category across -2 and -3, both ways", "[audit][outcome]")
{
    Language::apply(QStringLiteral("en"));
    OutcomeProposal p = forChild(-2.1, -1.9);
    CHECK(p.outcome == CaseOutcome::Improved);
    CHECK(p.reason == QStringLiteral("HAZ -2.10 → -1.90, no longer stunted"));
    p = forChild(-1.9, -2.1);
    CHECK(p.outcome == CaseOutcome::Worse);
    CHECK(p.reason == QStringLiteral("HAZ -1.90 → -2.10, now stunted"));
    p = forChild(-3.1, -2.9);
    CHECK(p.outcome == CaseOutcome::Improved);
    CHECK(p.reason == QStringLiteral("HAZ -3.10 → -2.90, now stunted"));
    p = forChild(-2.9, -3.1);
    CHECK(p.outcome == CaseOutcome::Worse);
    CHECK(p.reason == QStringLiteral("HAZ -2.90 → -3.10, now severely stunted"));
    // Exactly -2 is not stunted (stunted is below -2), so reaching it is a change of category.
    CHECK(forChild(-2.05, -2.0).outcome == CaseOutcome::Improved);
    CHECK(forChild(-3.0, -3.05).outcome == CaseOutcome::Worse);
}

TEST_CASE("Within one category a child's change under the tolerance is unchanged, beyond it a direction", "[audit][outcome]")
{
    Language::apply(QStringLiteral("en"));
    OutcomeProposal p = forChild(-2.8, -2.3);
    CHECK(p.outcome == CaseOutcome::Improved);
    CHECK(p.reason == QStringLiteral("HAZ -2.80 → -2.30, still stunted"));
    p = forChild(-2.5, -2.38);
    CHECK(p.outcome == CaseOutcome::Unchanged);
    CHECK(p.reason == QStringLiteral("HAZ -2.50 → -2.38, still stunted, change under 0.2 z"));
    CHECK(forChild(-2.5, -2.69).outcome == CaseOutcome::Unchanged);
    CHECK(forChild(-2.5, -2.75).outcome == CaseOutcome::Worse);
    CHECK(forChild(-3.6, -3.3).outcome == CaseOutcome::Improved);
    CHECK(forChild(-1.0, -1.1).outcome == CaseOutcome::Unchanged);
    CHECK(forChild(-1.0, -1.1).reason.contains(QStringLiteral("still not stunted")));
}

TEST_CASE("No proposal without an after measurement, a before measurement, a z or with a flagged z", "[audit][outcome]")
{
    Language::apply(QStringLiteral("en"));
    OutcomeProposal p = OutcomeProposal::propose(TargetGroup::Balita, child(-2.5), std::nullopt);
    CHECK_FALSE(p.outcome);
    CHECK(p.reason.contains(QStringLiteral("No follow-up measurement")));
    CHECK_FALSE(OutcomeProposal::propose(TargetGroup::Bufas, std::nullopt, mother(11.0, 22.0)).outcome);
    CHECK_FALSE(OutcomeProposal::propose(TargetGroup::Balita, child(-2.5), Measurement{}).outcome);
    p = OutcomeProposal::propose(TargetGroup::Balita, child(-2.5), child(-1.0, QStringLiteral("zlen")));
    CHECK_FALSE(p.outcome);
    CHECK(p.reason.contains(QStringLiteral("check the measurement")));
    CHECK_FALSE(OutcomeProposal::propose(TargetGroup::Catin, mother(11.0, std::nullopt), mother(std::nullopt, 24.0)).outcome);
}

TEST_CASE("A mother's Hb is judged against the anaemia threshold of her group, both ways", "[audit][outcome]")
{
    Language::apply(QStringLiteral("en"));
    // Postpartum and brides: anaemia below 12 g/dL.
    OutcomeProposal p = OutcomeProposal::propose(TargetGroup::Bufas, mother(11.5, std::nullopt), mother(12.4, std::nullopt));
    CHECK(p.outcome == CaseOutcome::Improved);
    CHECK(p.reason == QStringLiteral("Hb 11.5 → 12.4 g/dL; thresholds crossed 1 → 0"));
    CHECK(OutcomeProposal::propose(TargetGroup::Catin, mother(12.4, std::nullopt), mother(11.5, std::nullopt)).outcome == CaseOutcome::Worse);
    // Pregnant: below 11 g/dL, so 11.5 is no anaemia and a rise from it changes nothing.
    CHECK(OutcomeProposal::propose(TargetGroup::Bumil, mother(10.5, std::nullopt), mother(11.2, std::nullopt)).outcome == CaseOutcome::Improved);
    CHECK(OutcomeProposal::propose(TargetGroup::Bumil, mother(11.5, std::nullopt), mother(11.9, std::nullopt)).outcome == CaseOutcome::Unchanged);
    CHECK(OutcomeProposal::propose(TargetGroup::Bumil, mother(11.2, std::nullopt), mother(10.8, std::nullopt)).outcome == CaseOutcome::Worse);
}

TEST_CASE("A mother's LiLA and BMI are judged against KEK and underweight, both ways, with the workspace's thresholds", "[audit][outcome]")
{
    Language::apply(QStringLiteral("en"));
    CHECK(OutcomeProposal::propose(TargetGroup::Bumil, mother(std::nullopt, 23.0), mother(std::nullopt, 23.6)).outcome == CaseOutcome::Improved);
    CHECK(OutcomeProposal::propose(TargetGroup::Bumil, mother(std::nullopt, 23.6), mother(std::nullopt, 23.0)).outcome == CaseOutcome::Worse);
    CHECK(OutcomeProposal::propose(TargetGroup::Bumil, mother(std::nullopt, 22.0), mother(std::nullopt, 23.0)).outcome == CaseOutcome::Unchanged);
    RiskThresholds strict;
    strict.muacCm = 24.0;
    CHECK(OutcomeProposal::propose(TargetGroup::Bumil, mother(std::nullopt, 23.0), mother(std::nullopt, 23.6), strict).outcome == CaseOutcome::Unchanged);

    // BMI 40 kg at 150 cm is 17.8, 43 kg is 19.1.
    OutcomeProposal p = OutcomeProposal::propose(TargetGroup::Catin, mother(std::nullopt, std::nullopt, 40, 150), mother(std::nullopt, std::nullopt, 43, 150));
    CHECK(p.outcome == CaseOutcome::Improved);
    CHECK(p.reason == QStringLiteral("BMI 17.8 → 19.1; thresholds crossed 1 → 0"));
    CHECK(OutcomeProposal::propose(TargetGroup::Bufas, mother(std::nullopt, std::nullopt, 43, 150), mother(std::nullopt, std::nullopt, 40, 150)).outcome
          == CaseOutcome::Worse);
    // BMI says nothing about nutrition in pregnancy.
    CHECK_FALSE(OutcomeProposal::propose(TargetGroup::Bumil, mother(std::nullopt, std::nullopt, 40, 150), mother(std::nullopt, std::nullopt, 43, 150)).outcome);
}

TEST_CASE("A mother with one risk gone and another come is unchanged, and only values measured both times count", "[audit][outcome]")
{
    Language::apply(QStringLiteral("en"));
    OutcomeProposal p = OutcomeProposal::propose(TargetGroup::Bufas, mother(11.0, 24.0), mother(12.5, 23.0));
    CHECK(p.outcome == CaseOutcome::Unchanged);
    CHECK(p.reason == QStringLiteral("Hb 11.0 → 12.5 g/dL, LiLA 24.0 → 23.0 cm; thresholds crossed 1 → 1"));
    // Hb was not measured at follow-up: the old anaemia neither counts as gone nor as still there.
    p = OutcomeProposal::propose(TargetGroup::Bufas, mother(10.0, 22.0), mother(std::nullopt, 24.0));
    CHECK(p.outcome == CaseOutcome::Improved);
    CHECK(p.reason == QStringLiteral("LiLA 22.0 → 24.0 cm; thresholds crossed 1 → 0"));
}

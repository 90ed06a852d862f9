#include <catch2/catch.hpp>

#include "growth/NutritionalStatus.h"
#include "growth/Who2007ZScores.h"
#include "growth/ZScoreExplanation.h"

TEST_CASE("Permenkes 2/2020 categories at each cut-off", "[growth][categories]")
{
    using C = NutritionalCategory;
    auto len = [](double z) { return NutritionalStatus::categorise(ChildIndex::LengthForAge, z, false); };
    CHECK(len(-3.01) == C::SeverelyStunted);
    CHECK(len(-3.0) == C::Stunted);
    CHECK(len(-2.01) == C::Stunted);
    CHECK(len(-2.0) == C::NormalHeight);
    CHECK(len(3.0) == C::NormalHeight);
    CHECK(len(3.01) == C::Tall);
    auto wei = [](double z) { return NutritionalStatus::categorise(ChildIndex::WeightForAge, z, false); };
    CHECK(wei(-3.01) == C::SeverelyUnderweight);
    CHECK(wei(-2.01) == C::Underweight);
    CHECK(wei(1.0) == C::NormalWeight);
    CHECK(wei(1.01) == C::RiskOfOverweight);
    for (ChildIndex index : {ChildIndex::WeightForLength, ChildIndex::BmiForAge}) {
        auto cat = [index](double z) { return NutritionalStatus::categorise(index, z, false); };
        CHECK(cat(-3.01) == C::SeverelyWasted);
        CHECK(cat(-3.0) == C::Wasted);
        CHECK(cat(-2.0) == C::WellNourished);
        CHECK(cat(1.0) == C::WellNourished);
        CHECK(cat(1.01) == C::PossibleRiskOfOverweight);
        CHECK(cat(2.0) == C::PossibleRiskOfOverweight);
        CHECK(cat(2.01) == C::Overweight);
        CHECK(cat(3.0) == C::Overweight);
        CHECK(cat(3.01) == C::Obese);
    }
    CHECK(NutritionalStatus::categorise(ChildIndex::LengthForAge, -7, true) == C::CheckMeasurement);
    CHECK(NutritionalStatus::name(C::CheckMeasurement) == QStringLiteral("Check the measurement"));
    CHECK(NutritionalStatus::categorise(ChildIndex::LengthForAge, ChildInput::Missing, false) == C::None);
    CHECK(NutritionalStatus::isStunted(len(-2.5)));
    CHECK_FALSE(NutritionalStatus::isStunted(len(-1.5)));
}

TEST_CASE("WHO 2007 interpolates between months and stops at its limits", "[growth][who2007]")
{
    Who2007Input in;
    in.sex = 2;
    in.height = 150;
    in.weight = 40;
    in.ageMonths = 200;
    const Who2007Result whole = Who2007ZScores::compute(in);
    in.ageMonths = 200.5;
    const Who2007Result half = Who2007ZScores::compute(in);
    in.ageMonths = 201;
    const Who2007Result next = Who2007ZScores::compute(in);
    CHECK(half.heightForAge.lms.m == Approx((whole.heightForAge.lms.m + next.heightForAge.lms.m) / 2).epsilon(1e-12));
    CHECK(whole.weightForAge.flag == -1);  // weight-for-age ends at 120 months

    auto valid = [&](double months) {
        in.ageMonths = months;
        const Who2007Result r = Who2007ZScores::compute(in);
        return std::make_tuple(!std::isnan(r.heightForAge.z), !std::isnan(r.weightForAge.z), !std::isnan(r.bmiForAge.z));
    };
    in.height = 110;
    in.weight = 18;
    CHECK(valid(59.99) == std::make_tuple(false, false, false));
    CHECK(valid(60) == std::make_tuple(true, true, true));
    CHECK(valid(120) == std::make_tuple(true, true, true));
    CHECK(valid(120.5) == std::make_tuple(true, false, true));
    CHECK(valid(228) == std::make_tuple(true, false, true));
    CHECK(valid(228.01) == std::make_tuple(false, false, false));
    in.ageMonths = 100;
    in.oedema = true;
    const Who2007Result oedema = Who2007ZScores::compute(in);
    CHECK_FALSE(std::isnan(oedema.heightForAge.z));
    CHECK(std::isnan(oedema.weightForAge.z));
    CHECK(std::isnan(oedema.bmiForAge.z));
}

TEST_CASE("The explanation shows age, adjusted length, L, M, S, branch and flag", "[growth][explanation]")
{
    ChildInput in;
    in.sex = 2;
    in.age = 426;
    in.weight = 11.34;
    in.lenhei = 77.3;
    in.measure = 'h';
    const QString text = ZScoreExplanation::explain(in, ChildIndex::LengthForAge);
    CHECK(text.contains(QStringLiteral("426 days")));
    CHECK(text.contains(QStringLiteral("78.0 cm")));
    CHECK(text.contains(QStringLiteral("0.7 cm added")));
    CHECK(text.contains(QStringLiteral("L = 1.0000")));
    CHECK(text.contains(QStringLiteral("Not flagged")));
    CHECK(ZScoreExplanation::explain(in, ChildIndex::WeightForLength).contains(QStringLiteral("weight-for-length (45 to 110 cm)")));
    in.weight = 30;
    CHECK(ZScoreExplanation::explain(in, ChildIndex::WeightForAge).contains(QStringLiteral("above +3 SD")));
    in.oedema = true;
    CHECK(ZScoreExplanation::explain(in, ChildIndex::WeightForAge).contains(QStringLiteral("No z-score")));
}

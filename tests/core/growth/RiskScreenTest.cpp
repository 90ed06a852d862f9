#include <catch2/catch.hpp>

#include "growth/FamilyRiskScreen.h"
#include "growth/MaternalRiskScreen.h"

namespace {
QStringList rules(const QList<RiskFinding> &findings)
{
    QStringList ids;
    for (const RiskFinding &f : findings)
        ids << f.rule;
    return ids;
}

Measurement measured(double muac, double hb, double height, double weight)
{
    Measurement m;
    m.muacCm = muac;
    m.hbGdl = hb;
    m.lengthHeightCm = height;
    m.weightKg = weight;
    return m;
}
}

TEST_CASE("Each maternal risk rule fires just beyond its threshold and not at it", "[growth][risk]")
{
    const Measurement healthy = measured(23.5, 12.0, 150, 50);
    CHECK(MaternalRiskScreen::screen(TargetGroup::Catin, 20, healthy, {}).isEmpty());

    const QList<RiskFinding> bride = MaternalRiskScreen::screen(TargetGroup::Catin, 19, measured(23.4, 11.9, 149.9, 41), {});
    CHECK(rules(bride) == QStringList{QStringLiteral("kek"), QStringLiteral("anaemia"), QStringLiteral("underweight"),
                                      QStringLiteral("short_stature"), QStringLiteral("too_young")});
    CHECK(bride[0].value == QStringLiteral("LiLA 23.4 cm"));
    CHECK(bride[0].description.contains(QStringLiteral("23.5")));
    CHECK(bride[2].value.contains(QStringLiteral("mildly underweight")));

    // Pregnant: anaemia below 11, and no BMI rule.
    CHECK(rules(MaternalRiskScreen::screen(TargetGroup::Bumil, 25, measured(25, 11.0, 155, 40), {})).isEmpty());
    CHECK(rules(MaternalRiskScreen::screen(TargetGroup::Bumil, 25, measured(25, 10.9, 155, 40), {})) == QStringList{QStringLiteral("anaemia")});

    CHECK(rules(MaternalRiskScreen::screen(TargetGroup::Bufas, 35, healthy, {})).isEmpty());
    CHECK(rules(MaternalRiskScreen::screen(TargetGroup::Bufas, 36, healthy, {})) == QStringList{QStringLiteral("too_old")});

    const QMap<QString, QString> answers = {{QStringLiteral("birth_spacing_months"), QStringLiteral("23")},
                                            {QStringLiteral("children_count"), QStringLiteral("4")},
                                            {QStringLiteral("smoking_exposure"), QStringLiteral("yes")},
                                            {QStringLiteral("antenatal_visits"), QStringLiteral("5")},
                                            {QStringLiteral("iron_tablets"), QStringLiteral("89")}};
    CHECK(rules(MaternalRiskScreen::screen(TargetGroup::Bumil, 25, healthy, answers))
          == QStringList{QStringLiteral("too_close"), QStringLiteral("too_many"), QStringLiteral("smoke"), QStringLiteral("antenatal"), QStringLiteral("iron")});
    const QMap<QString, QString> fine = {{QStringLiteral("birth_spacing_months"), QStringLiteral("24")},
                                         {QStringLiteral("children_count"), QStringLiteral("3")},
                                         {QStringLiteral("smoking_exposure"), QStringLiteral("no")},
                                         {QStringLiteral("antenatal_visits"), QStringLiteral("6")},
                                         {QStringLiteral("iron_tablets"), QStringLiteral("90")}};
    CHECK(MaternalRiskScreen::screen(TargetGroup::Bumil, 25, healthy, fine).isEmpty());
}

TEST_CASE("Risk thresholds are settings with the guidance's defaults", "[growth][risk]")
{
    RiskThresholds defaults;
    CHECK(RiskThresholds::fromMap(defaults.toMap()).muacCm == 23.5);
    RiskThresholds custom = RiskThresholds::fromMap({{QStringLiteral("risk.hbNotPregnant"), QStringLiteral("11,5")},
                                                     {QStringLiteral("risk.tooOldYears"), QStringLiteral("40")},
                                                     {QStringLiteral("risk.muacCm"), QStringLiteral("nonsense")}});
    CHECK(custom.hbNotPregnant == 11.5);
    CHECK(custom.tooOldYears == 40);
    CHECK(custom.muacCm == 23.5);
    CHECK(MaternalRiskScreen::screen(TargetGroup::Catin, 38, measured(25, 11.6, 155, 50), {}, custom).isEmpty());
}

TEST_CASE("Indonesian BMI bands", "[growth][risk]")
{
    CHECK(MaternalRiskScreen::bmiBand(16.9) == QStringLiteral("severely underweight"));
    CHECK(MaternalRiskScreen::bmiBand(17) == QStringLiteral("mildly underweight"));
    CHECK(MaternalRiskScreen::bmiBand(18.5) == QStringLiteral("normal"));
    CHECK(MaternalRiskScreen::bmiBand(25) == QStringLiteral("normal"));
    CHECK(MaternalRiskScreen::bmiBand(25.1) == QStringLiteral("mildly overweight"));
    CHECK(MaternalRiskScreen::bmiBand(27.1) == QStringLiteral("severely overweight"));
}

TEST_CASE("Family risks: improper water source or latrine", "[growth][risk]")
{
    CHECK(FamilyRiskScreen::screen({{QStringLiteral("water_source"), QStringLiteral("piped")}, {QStringLiteral("latrine"), QStringLiteral("septic_tank")}}).isEmpty());
    CHECK(rules(FamilyRiskScreen::screen({{QStringLiteral("water_source"), QStringLiteral("river")}, {QStringLiteral("latrine"), QStringLiteral("none")}}))
          == QStringList{QStringLiteral("water"), QStringLiteral("latrine")});
    CHECK(FamilyRiskScreen::screen({}).isEmpty());
}

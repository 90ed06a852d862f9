#include <catch2/catch.hpp>

#include "audit/CaseCode.h"

TEST_CASE("Case codes are written and read in the AKS-year-cycle-group-number form", "[audit]")
{
    CHECK(CaseCode{2024, 1, TargetGroup::Baduta, 3}.toString() == QStringLiteral("AKS-2024-1-BDT-03"));
    CHECK(CaseCode{2025, 2, TargetGroup::Catin, 12}.toString() == QStringLiteral("AKS-2025-2-CTN-12"));
    auto parsed = CaseCode::parse(QStringLiteral(" aks-2024-2-bml-07 "));
    REQUIRE(parsed.has_value());
    CHECK(parsed->year == 2024);
    CHECK(parsed->cycleNumber == 2);
    CHECK(parsed->group == TargetGroup::Bumil);
    CHECK(parsed->number == 7);
    CHECK_FALSE(CaseCode::parse(QStringLiteral("AKS-2024-3-BML-07")).has_value());
    CHECK_FALSE(CaseCode::parse(QStringLiteral("AKS-2024-1-XYZ-07")).has_value());
    CHECK_FALSE(CaseCode::parse(QStringLiteral("AKS-2024-1-BDT-00")).has_value());
    CHECK_FALSE(CaseCode::parse(QStringLiteral("Siti Aminah")).has_value());
}

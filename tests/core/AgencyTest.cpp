#include <catch2/catch.hpp>

#include "domain/Agency.h"

TEST_CASE("An agency is shown by its short name, or by its name when it has none", "[domain]")
{
    Agency agency;
    agency.name = QStringLiteral("Dinas Kesehatan");
    CHECK(agency.displayName() == QStringLiteral("Dinas Kesehatan"));
    agency.shortName = QStringLiteral("Dinkes");
    CHECK(agency.displayName() == QStringLiteral("Dinkes"));
}

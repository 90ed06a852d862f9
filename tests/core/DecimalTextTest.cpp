#include <catch2/catch.hpp>

#include "domain/DecimalText.h"

TEST_CASE("Decimal commas and points are both read, empty is absent, text is invalid", "[domain]")
{
    CHECK(*DecimalText::parse(QStringLiteral("23,5")) == 23.5);
    CHECK(*DecimalText::parse(QStringLiteral(" 23.5 ")) == 23.5);
    CHECK(*DecimalText::parse(QStringLiteral("12")) == 12);
    bool valid = false;
    CHECK_FALSE(DecimalText::parse(QString(), &valid).has_value());
    CHECK(valid);
    CHECK_FALSE(DecimalText::parse(QStringLiteral("dua"), &valid).has_value());
    CHECK_FALSE(valid);
}

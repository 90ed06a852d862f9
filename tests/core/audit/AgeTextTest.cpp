#include <catch2/catch.hpp>

#include "audit/AgeText.h"

TEST_CASE("Ages read in days, months, or years and months", "[audit]")
{
    const QDate born(2022, 3, 12);
    CHECK(AgeText::between(born, QDate(2022, 3, 20)) == QStringLiteral("8 days"));
    CHECK(AgeText::between(born, QDate(2022, 4, 11)) == QStringLiteral("30 days"));
    CHECK(AgeText::between(born, QDate(2022, 4, 12)) == QStringLiteral("1 mo"));
    CHECK(AgeText::between(born, QDate(2024, 3, 11)) == QStringLiteral("23 mo"));
    CHECK(AgeText::between(born, QDate(2024, 3, 12)) == QStringLiteral("2 yr"));
    CHECK(AgeText::between(born, QDate(2025, 5, 12)) == QStringLiteral("3 yr 2 mo"));
    CHECK(AgeText::between(QDate(1995, 6, 1), QDate(2024, 9, 1)) == QStringLiteral("29 yr"));
    CHECK(AgeText::between(born, QDate(2020, 1, 1)).isEmpty());
    CHECK(AgeText::between(QDate(), QDate(2020, 1, 1)).isEmpty());
}

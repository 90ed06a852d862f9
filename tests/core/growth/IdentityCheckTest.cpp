#include <catch2/catch.hpp>

#include "growth/NikCheck.h"
#include "growth/NipCheck.h"

TEST_CASE("A NIK gives region, birth date and sex, with 40 added to a woman's day", "[growth][nik]")
{
    const QDate today(2024, 9, 16);
    auto woman = NikCheck::parse(QStringLiteral("3204015203950001"), today);
    REQUIRE(woman.has_value());
    CHECK(woman->regionCode == QStringLiteral("320401"));
    CHECK(woman->birthDate == QDate(1995, 3, 12));
    CHECK(woman->sex == Sex::Female);
    auto child = NikCheck::parse(QStringLiteral("3204011203220007"), today);
    REQUIRE(child.has_value());
    CHECK(child->birthDate == QDate(2022, 3, 12));
    CHECK(child->sex == Sex::Male);
    CHECK_FALSE(NikCheck::parse(QStringLiteral("3204011203220000"), today).has_value());  // serial 0000
    CHECK_FALSE(NikCheck::parse(QStringLiteral("3204013203220007"), today).has_value());  // day 32
    CHECK_FALSE(NikCheck::parse(QStringLiteral("320401120322000"), today).has_value());   // 15 digits
}

TEST_CASE("NIK warnings say what disagrees and never block", "[growth][nik]")
{
    const QDate today(2024, 9, 16);
    CHECK(NikCheck::warnings(QStringLiteral("3204015203950001"), QDate(1995, 3, 12), Sex::Female, QStringLiteral("32.04"), today).isEmpty());
    CHECK(NikCheck::warnings(QString(), QDate(1995, 3, 12), Sex::Female, {}, today).isEmpty());
    const QStringList wrong = NikCheck::warnings(QStringLiteral("3271015203950001"), QDate(1995, 3, 13), Sex::Male, QStringLiteral("32.04"), today);
    REQUIRE(wrong.size() == 3);
    CHECK(wrong[0].contains(QStringLiteral("outside this district")));
    CHECK(wrong[1].contains(QStringLiteral("12 March 1995")));
    CHECK(wrong[2].contains(QStringLiteral("woman")));
    CHECK(NikCheck::warnings(QStringLiteral("32040152"), {}, {}, {}, today).first().contains(QStringLiteral("16 digits")));
}

TEST_CASE("A NIP gives birth date, appointment and sex, and is printed as officers write it", "[growth][nip]")
{
    auto nip = NipCheck::parse(QStringLiteral("19751216 200604 1 013"));
    REQUIRE(nip.has_value());
    CHECK(nip->birthDate == QDate(1975, 12, 16));
    CHECK(nip->appointed == QDate(2006, 4, 1));
    CHECK(nip->sex == Sex::Male);
    CHECK(NipCheck::formatted(QStringLiteral("197512162006041013")) == QStringLiteral("19751216 200604 1 013"));
    CHECK(NipCheck::warnings(QStringLiteral("197512162006041013"), Sex::Male).isEmpty());
    CHECK(NipCheck::warnings(QStringLiteral("197512162006041013"), Sex::Female).first().contains(QStringLiteral("sex digit")));
    CHECK(NipCheck::warnings(QStringLiteral("197512162006043013")).first().contains(QStringLiteral("not possible")));
    CHECK(NipCheck::warnings(QStringLiteral("197512161990041013")).first().contains(QStringLiteral("before the age of 18")));
    CHECK(NipCheck::warnings(QStringLiteral("1975")).first().contains(QStringLiteral("18 digits")));
    CHECK(NipCheck::warnings(QString()).isEmpty());
}

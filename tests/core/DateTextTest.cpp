#include <catch2/catch.hpp>

#include "domain/DateText.h"

TEST_CASE("Dates are written long, plain or short in the user's language, and no date gives no text", "[domain]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    const QDate date(2023, 10, 31);
    CHECK(DateText::longDate(date) == QStringLiteral("Selasa, 31 Oktober 2023"));
    CHECK(DateText::date(date) == QStringLiteral("31 Oktober 2023"));
    CHECK(DateText::shortDate(date) == QStringLiteral("31 Okt 2023"));
    CHECK(DateText::longDate(QDate()).isEmpty());
    CHECK(DateText::date(QDate()).isEmpty());
    CHECK(DateText::shortDate(QDate()).isEmpty());
    QLocale::setDefault(before);
}

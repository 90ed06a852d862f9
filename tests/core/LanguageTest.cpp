#include <catch2/catch.hpp>

#include "Language.h"

#include <QDate>
#include <QLocale>

TEST_CASE("Indonesian is the default language and uses decimal commas")
{
    Language::apply(QStringLiteral("id"));
    CHECK(Language::current() == QStringLiteral("id"));
    CHECK(QLocale().toString(23.5, 'f', 1) == QStringLiteral("23,5"));
    CHECK(QLocale().toString(QDate(2023, 10, 31), QStringLiteral("dddd, d MMMM yyyy")) == QStringLiteral("Selasa, 31 Oktober 2023"));
    Language::apply(QStringLiteral("en"));
    CHECK(QLocale().toString(23.5, 'f', 1) == QStringLiteral("23.5"));
}

#include <catch2/catch.hpp>

#include "storage/TimeOrderedUuid.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

TEST_CASE("Time-ordered UUIDs are well-formed version 7 UUIDs, unique and increasing", "[storage][uuid]")
{
    static const QRegularExpression form(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QStringList made;
    for (int i = 0; i < 20000; ++i)  // more than 4096 in a millisecond, most likely
        made << TimeOrderedUuid::next();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    CHECK(QSet<QString>(made.begin(), made.end()).size() == made.size());
    for (int i = 0; i < made.size(); ++i) {
        INFO(made[i].toStdString());
        REQUIRE(form.match(made[i]).hasMatch());
        if (i > 0)
            REQUIRE(made[i - 1] < made[i]);
    }
    const QUuid first(made.first());
    CHECK(first.variant() == QUuid::DCE);
    CHECK(first.toString(QUuid::WithoutBraces) == made.first());
    // The first 48 bits are the time in milliseconds (the last UUID may borrow a few ahead).
    const qint64 stamped = made.first().left(8).append(made.first().mid(9, 4)).toLongLong(nullptr, 16);
    CHECK(stamped >= before);
    CHECK(stamped <= after);
}

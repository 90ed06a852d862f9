#include <catch2/catch.hpp>

#include "storage/SqlValue.h"

#include <QTimeZone>

TEST_CASE("Stored times read back to the millisecond, in UTC, in the stored form and others", "[storage]")
{
    const QDateTime time(QDate(2024, 9, 16), QTime(8, 30, 5, 123), Qt::UTC);
    const QVariant stored = SqlValue::from(time);
    CHECK(stored.toString() == QStringLiteral("2024-09-16T08:30:05.123Z"));
    CHECK(SqlValue::toDateTime(stored) == time);
    CHECK(SqlValue::toDateTime(stored).timeSpec() == Qt::UTC);
    CHECK(SqlValue::toDateTime(SqlValue::from(time.toTimeZone(QTimeZone(7 * 3600)))) == time);

    CHECK(SqlValue::toDateTime(QStringLiteral("2024-09-16T08:30:05Z")) == QDateTime(QDate(2024, 9, 16), QTime(8, 30, 5), Qt::UTC));
    CHECK(SqlValue::toDateTime(QStringLiteral("2024-02-29T23:59:59.999Z")) == QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC));
    CHECK_FALSE(SqlValue::toDateTime(QStringLiteral("2023-02-29T23:59:59.999Z")).isValid());
    CHECK_FALSE(SqlValue::toDateTime(QStringLiteral("2024-09-16T08:3x:05.123Z")).isValid());
    CHECK_FALSE(SqlValue::toDateTime(QVariant()).isValid());
}

#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>
#include <optional>

// Conversions between value types and what is stored: ISO dates, NULL for absent values.
class SqlValue {
public:
    static QVariant from(const QDate &date) { return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(); }
    static QVariant from(const QDateTime &time) { return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant(); }
    template <typename T>
    static QVariant from(const std::optional<T> &value) { return value ? QVariant::fromValue(*value) : QVariant(); }
    static QVariant id(qint64 key) { return key > 0 ? QVariant(key) : QVariant(); }

    static QDate toDate(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }
    static QDateTime toDateTime(const QVariant &value);
    static std::optional<double> toOptionalDouble(const QVariant &value)
    {
        return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
    }
    static std::optional<int> toOptionalInt(const QVariant &value)
    {
        return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
    }
    static QString newUuid();
    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }
};

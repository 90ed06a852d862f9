#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <optional>

// Each domain enum specialises EnumInfo<E> with a table of its values, the code stored in the
// database, and its English name marked for translation. The functions below read that table.
template <typename E>
struct EnumEntry {
    E value;
    const char *code;
    const char *name;
};

template <typename E>
struct EnumInfo;

template <typename E>
QList<E> enumValues()
{
    QList<E> values;
    for (const auto &entry : EnumInfo<E>::entries)
        values.append(entry.value);
    return values;
}

template <typename E>
QString enumCode(E value)
{
    for (const auto &entry : EnumInfo<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

// The translated name, for screens and documents.
template <typename E>
QString enumName(E value)
{
    for (const auto &entry : EnumInfo<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate(EnumInfo<E>::context, entry.name);
    }
    return {};
}

template <typename E>
std::optional<E> enumFromCode(const QString &code)
{
    for (const auto &entry : EnumInfo<E>::entries) {
        if (code.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

#pragma once

#include <QString>
#include <optional>
#include <utility>

// What core returns instead of throwing: a value, or a message for the user (already translated).
struct Error {
    QString message;
};

template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value on a temporary, so that `for (x : *repository.all())` does not dangle.
    T value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }
    T value_or(T fallback) const & { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    QString m_error;
};

// For operations that return nothing but may fail.
template <>
class Result<void> {
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error.message)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    bool m_ok = true;
    QString m_error;
};

using Status = Result<void>;

// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ShotBrief {

/// An error a person can act on: what went wrong, and where (file, field path, line:column).
struct Error
{
    QString message; ///< Human-readable, already translated where it comes from the UI layer.
    QString file;    ///< File the error is about, if any.
    QString field;   ///< Field path such as "shots[3].duration", if any.
    int line = 0;    ///< 1-based line in `file`, 0 when unknown.
    int column = 0;  ///< 1-based column in `file`, 0 when unknown.

    /// "file:line:column: field: message", leaving out the parts that are unknown.
    QString toString() const;

    /// An error about a whole file: `message` about `file`.
    static Error inFile(const QString &file, const QString &message)
    {
        Error error;
        error.file = file;
        error.message = message;
        return error;
    }

    bool operator==(const Error &) const = default;
};

/// A value or an Error: std::expected is C++23, GCC 12 is C++20.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_data(value)
    {}
    Result(T &&value)
        : m_data(std::move(value))
    {}
    Result(const Error &error)
        : m_data(error)
    {}
    Result(Error &&error)
        : m_data(std::move(error))
    {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success carries nothing; failure carries an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
    {}
    Result(Error &&error)
        : m_error(std::move(error))
    {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace ShotBrief

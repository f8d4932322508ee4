// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>
#include <variant>

namespace sitekeeper {

// An error a person can act on: what failed and why, already translated where it is made. Advice
// that names a screen or a command is the front end's to add; `kind` lets it choose (and lets the CLI
// and the API report the failure as data).
struct Error {
    // What sort of failure it is. Spelled in snake_case for JSON and the CLI (kindName()).
    enum class Kind {
        Invalid,     // the input is wrong: a field, a file's content, an argument (the default)
        NotFound,    // the record, file or item named does not exist (any more)
        Conflict,    // it exists already, or changed meanwhile, or is in a state that refuses this
        Io,          // reading or writing the disk or the database failed
        Unavailable, // a part it needs is busy or missing (another process, the keychain, a driver)
        Forbidden,   // not allowed: permissions, or the backend refused the member
        Cancelled,   // the user (or a caller's progress callback) stopped it; nothing was changed
        Unsupported, // understood but not handled by this version (a newer schema)
    };

    QString message;
    // Where it happened, when there is a place to name: a field, a JSON path, a file and line.
    QString where;
    Kind kind = Kind::Invalid;

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
    bool is(Kind other) const { return kind == other; }

    // "not_found", "io", ...; the inverse gives nothing for an unknown spelling.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    static QList<Kind> allKinds();
};

// The outcome of an operation that may fail, without exceptions across layers.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    // By value, like operator*: a temporary's value outlives it in a range-for.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    // By value: `for (const auto& x : *list())` keeps the list alive for the loop.
    T operator*() && { return std::get<T>(std::move(m_data)); }
    // The value, or `fallback` on failure: for a caller that has nowhere to show the error (a
    // combo box filling itself) and says so where it calls.
    T valueOr(T fallback) const& { return ok() ? value() : std::move(fallback); }
    T valueOr(T fallback) && { return ok() ? std::get<T>(std::move(m_data)) : std::move(fallback); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace sitekeeper

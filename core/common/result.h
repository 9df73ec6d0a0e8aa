// Result<T>: either a value or an Error, for calls that can fail in ways the
// person must be told about (bad files, bad input, a disk that says no).
// Programming errors are asserts; money overflow throws MoneyOverflow.
#pragma once

#include "common/error.h"

#include <utility>
#include <variant>

namespace pb {

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// A Result that carries no value: success, or an Error.
using Status = Result<std::monostate>;
inline Status success()
{
    return std::monostate {};
}

} // namespace pb

// Stable, untranslated text keys for the model's enums, used by the database,
// JSON files and the exchange file, so that renumbering an enum never changes
// what a stored file means. Each enum specialises EnumKeyTable next to its
// definition; enumKey() and enumFromKey() then work for it.
#pragma once

#include <QString>

#include <array>
#include <iterator>
#include <optional>
#include <utility>

namespace pb {

template <typename E>
struct EnumKeyTable; // specialise with: static constexpr std::pair<E, const char*> entries[] = {…};

template <typename E> QString enumKey(E value)
{
    for (const auto& [v, key] : EnumKeyTable<E>::entries) {
        if (v == value) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

template <typename E> std::optional<E> enumFromKey(const QString& key)
{
    for (const auto& [v, k] : EnumKeyTable<E>::entries) {
        if (key == QLatin1String(k)) {
            return v;
        }
    }
    return std::nullopt;
}

template <typename E> constexpr auto allEnumValues()
{
    constexpr auto& entries = EnumKeyTable<E>::entries;
    std::array<E, std::size(entries)> values {};
    for (std::size_t i = 0; i < std::size(entries); ++i) {
        values[i] = entries[i].first;
    }
    return values;
}

} // namespace pb

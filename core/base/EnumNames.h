// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace cadenza {

// One table of names for an enum, read both ways: the name files and the command line use
// for each value, and the value a name stands for.
template <typename Enum, std::size_t N> using EnumNames = std::array<std::pair<Enum, const char*>, N>;

template <typename Enum, std::size_t N> const char* enumName(const EnumNames<Enum, N>& names, Enum value) {
    for (const auto& [v, name] : names)
        if (v == value)
            return name;
    throw std::logic_error("a value without a name in its table");
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumNamed(const EnumNames<Enum, N>& names, std::string_view name) {
    for (const auto& [value, n] : names)
        if (name == n)
            return value;
    return std::nullopt;
}

} // namespace cadenza

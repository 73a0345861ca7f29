// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the project history's files: SQL they share.

namespace cadenza::sql {

// The current time as the history stores it: ISO 8601 in UTC, with milliseconds.
constexpr const char* kNow = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

} // namespace cadenza::sql

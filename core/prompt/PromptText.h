// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Music.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cadenza {

// Lower-case words of a prompt: punctuation and hyphens split words, apostrophes vanish
// ("80's" -> "80s", "lo-fi" -> "lo", "fi"). Bytes outside ASCII stay inside words, so
// emoji and non-English words become tokens that simply match nothing.
std::vector<std::string> tokenizePrompt(std::string_view prompt);

// Values a prompt states outright, parsed exactly.
struct ExplicitValues {
    std::optional<int> tempo;       // "124 bpm", "at 160", "90BPM"
    std::optional<Key> key;         // "in A minor", "F# major", "Bb minor", "in G"
    std::optional<Meter> meter;     // "6/8", "3/4"
    std::optional<double> duration; // "30 seconds", "2 minutes", "1:30"
};

ExplicitValues parseExplicitValues(std::string_view prompt);

} // namespace cadenza

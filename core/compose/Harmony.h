// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Score.h"

#include <string_view>
#include <vector>

namespace cadenza {

// Reads a Roman-numeral chord symbol relative to a key: case gives the quality ("IV"
// major, "ii" minor), a leading "b" or "#" alters the root, and the suffix adds colour:
// "7", "maj7", "9", "7b5", "dim", "sus2", "sus4", "6". Throws std::runtime_error on an
// unknown symbol, naming it.
Chord parseChordSymbol(std::string_view symbol, const Key& key);

// Chooses the voicing of `chord` inside [low, high] that moves least from `previous`
// (close position; the first chord sits near the middle of the range). Returns MIDI notes,
// lowest first.
std::vector<int> voiceLead(const Chord& chord, const std::vector<int>& previous, int low, int high);

} // namespace cadenza

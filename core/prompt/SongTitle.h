// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace cadenza {

struct Catalog;

// A short name for a song made from a prompt, as a musician would file it: a cue from the
// prompt (its last run of at most two words that name neither the genre, the mood, a tempo,
// a key, a length nor the music itself) and the song's mood and genre, e.g.
// "dreamy chillwave for a summer sunset drive" as synthwave -> "Sunset Drive – Dreamy
// Synthwave". Without a cue it is the mood and genre alone. `genre` and `mood` are catalog ids.
std::string songTitle(std::string_view prompt, std::string_view genre, std::string_view mood, const Catalog& catalog);

} // namespace cadenza

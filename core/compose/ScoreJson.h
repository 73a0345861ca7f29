// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Score.h"

#include <string>

namespace cadenza {

// A score as JSON (score.json beside a generated song): everything the renderer and the
// edits need (tempo, meter, key, form, chords, parts with their sounds, notes and bends),
// so that a song can be edited and rendered again without composing it anew.
std::string scoreToJson(const Score& score);

// Reads scoreToJson's text; std::runtime_error (naming the field) for anything else.
Score scoreFromJson(const std::string& text);

} // namespace cadenza

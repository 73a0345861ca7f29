// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Score.h"

#include <filesystem>
#include <string>

namespace cadenza {

// A Standard MIDI File (type 1) of the score: a conductor track with tempo, time and key
// signatures and section markers, then one named track per part with its program, mix
// controllers (volume, pan, reverb and chorus sends), pitch-bend range, bends and notes.
std::string midiFileBytes(const Score& score);

} // namespace cadenza

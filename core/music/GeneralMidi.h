// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace cadenza {

// The General MIDI Level 1 name of a melodic program (0-127) or of a drum kit number on
// the percussion channel.
std::string generalMidiProgramName(int program);
std::string generalMidiKitName(int kit);

} // namespace cadenza

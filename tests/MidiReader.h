// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Score.h"

#include <string>
#include <vector>

namespace cadenza::test {

// Just enough of a Standard MIDI File reader to check what the writer wrote: the tempo,
// the meter, and each track's channel, program, notes and pitch bends.
struct MidiNote {
    Tick tick;
    int pitch;
    int velocity = 0;
    Tick length = 0; // to its note-off
};
struct MidiTrack {
    int channel = -1;
    int program = -1;
    std::vector<MidiNote> notes;
    int bends = 0; // pitch-bend events
};
struct Midi {
    int division = 0;
    int microsPerQuarter = 0;
    std::string meter;
    std::vector<MidiTrack> tracks;
};

// Throws std::runtime_error on a file that is not a Standard MIDI File.
Midi readMidi(const std::string& bytes);

} // namespace cadenza::test

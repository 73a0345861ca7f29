// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/StyleSpec.h"
#include "transcribe/NoteCreation.h"

#include <vector>

namespace cadenza {

// The strongest single line of transcribed notes (a hummed, whistled or sung melody): of
// notes that start together (within 50 ms), the louder (the higher at equal strength); a
// note that starts while another still sounds takes over from it (which ends there) unless
// it is less than half as strong, a harmonic or a ghost; a note ten semitones or more away
// from both of its neighbours, on the same side, is an octave error and moves next to them.
std::vector<TranscribedNote> melodyLine(std::vector<TranscribedNote> notes);

// The line as a hook on the grid of `tempo` (quarter notes a minute) and `meter`: the first
// note's onset is the first downbeat; onsets and lengths round to sixteenths (at least one),
// notes that round onto the onset of the one before are dropped; whole bars, at least one.
// `source` names the file for song.json.
Hook quantisedHook(const std::vector<TranscribedNote>& line, int tempo, const Meter& meter, const std::string& source);

} // namespace cadenza

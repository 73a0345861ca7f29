// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/StyleSpec.h"
#include "transcribe/NoteCreation.h"

#include <optional>
#include <string>
#include <vector>

namespace cadenza {

// Which single line of notes is the melody.
enum class LineChoice {
    Strongest, // a hummed, whistled or sung melody, or a vocals stem: the loudest notes
    Highest,   // a whole mix: the top line of its salient notes (the melody usually sits on top)
};

// A single line of transcribed notes. Of notes that start together (within 50 ms), the
// louder (the higher at equal strength; with Highest, the higher). A note that starts while
// another still sounds takes over from it (which ends there) unless it is less than half as
// strong (a harmonic or a ghost), or, with Highest, lower. With Highest, notes quieter than
// 30 % of the loudest are left out first. Then a note ten semitones or more away from both
// of its neighbours, on the same side, is an octave error and moves next to them.
std::vector<TranscribedNote> melodyLine(std::vector<TranscribedNote> notes, LineChoice choice = LineChoice::Strongest);

// The line as a hook on the grid of `tempo` (quarter notes a minute) and `meter`: the first
// downbeat is at `downbeat` seconds (by default the first note's onset; notes before it are
// left out); onsets and lengths round to sixteenths (at least one), notes that round onto
// the onset of the one before are dropped; whole bars, at least one. `source` names the
// file for song.json.
Hook quantisedHook(const std::vector<TranscribedNote>& line, int tempo, const Meter& meter, const std::string& source,
                   std::optional<double> downbeat = std::nullopt);

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/KeyEstimator.h"
#include "music/Score.h"
#include "transcribe/NoteCreation.h"

#include <vector>

namespace cadenza {

// A chord heard between two times (seconds).
struct TimedChord {
    double start = 0;
    double end = 0;
    Chord chord; // root and intervals; its symbol is its name
};

// The chords of transcribed notes, one per beat (`beats`: the analysis' beat times; a
// 120 BPM grid where there are none), merged where neighbours agree. In each beat, every
// sounding note adds its overlap times its amplitude to its pitch class, and the lowest
// note adds again as the bass; the chord is the template (major, minor, 7, maj7, m7, dim,
// sus4 on each root) that explains the most of that weight and the least outside it, with
// a bonus when the bass is its root. A beat with almost nothing sounding carries the chord
// before it; a track that starts in silence starts with its first chord.
std::vector<TimedChord> chordsFromNotes(const std::vector<TranscribedNote>& notes, const std::vector<double>& beats,
                                        double seconds);

// The key of the notes: their pitch classes weighted by length and amplitude, against the
// Krumhansl-Kessler profiles (keyFromChroma).
KeyEstimate keyFromNotes(const std::vector<TranscribedNote>& notes);

} // namespace cadenza

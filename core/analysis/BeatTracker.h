// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FrameFeatures.h"

#include <vector>

namespace cadenza {

struct BeatGrid {
    double tempo = 0;          // BPM, from a line fitted through the beats
    double confidence = 0;     // how much the winning period stands out of the onset autocorrelation, 0..1
    std::vector<double> beats; // seconds
};

// Tempo and beats from the onset strength: the beat period is the autocorrelation peak
// (weighted towards 120 BPM, as listeners are), the beats are placed by dynamic
// programming (Ellis 2007: onsets rewarded, deviations from the period penalised), and
// the tempo is the slope of a least-squares line through the beats, which is far finer
// than one frame. Octave errors (half or double time) are possible, as with every tracker.
BeatGrid trackBeats(const FrameFeatures& features);

} // namespace cadenza

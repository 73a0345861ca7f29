// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Music.h"

#include <string>

namespace cadenza {

// A position in bars and beats, both counted from 1 as a musician counts them.
struct BarPosition {
    int bar = 1;
    int beat = 1;
    double beatFraction = 0; // how far into the beat, 0..1
};

// The bars and beats of a song at one tempo, for the ruler, the transport's position and
// the loop's snapping. The tempo counts quarter notes per minute (song.json's unit); a
// compound meter's beat is a dotted quarter. Times before the first downbeat count in bar 0.
class BarGrid {
  public:
    BarGrid() = default; // no grid: a recording whose tempo is not known
    BarGrid(double quartersPerMinute, Meter meter, double firstDownbeat = 0);

    bool valid() const { return beatSeconds_ > 0; }
    const Meter& meter() const { return meter_; }
    double quartersPerMinute() const { return quartersPerMinute_; }
    double beatSeconds() const { return beatSeconds_; }
    double barSeconds() const { return beatSeconds_ * meter_.beatsPerBar(); }
    // Where bar `bar` (1-based) starts, in seconds.
    double barStart(int bar) const;
    BarPosition at(double seconds) const;
    // The beat nearest `seconds`, in seconds (a loop's edges snap to it).
    double nearestBeat(double seconds) const;
    // "12.3": bar 12, beat 3.
    std::string label(double seconds) const;

  private:
    Meter meter_;
    double quartersPerMinute_ = 0;
    double beatSeconds_ = 0;
    double firstDownbeat_ = 0;
};

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

namespace cadenza {

// A reverb's space (catalog/mix.json "reverbs"): how long it rings and how it colours.
struct ReverbSpace {
    std::string name;
    double rt60 = 2;    // seconds for the mid band to fall 60 dB
    double lowRt60 = 2; // the same below 200 Hz
    double predelayMs = 20;
    double dampingHz = 6000; // above this the tail dies faster
};

// How one part of the band sits in the mix: its channel strip and sends. Every value at
// its default leaves the part as it was.
struct RoleMix {
    double lowCutHz = 0;   // high-pass (12 dB per octave); 0: off
    double highCutHz = 0;  // low-pass (12 dB per octave); 0: off
    double lowShelfDb = 0; // below 200 Hz
    double midHz = 1000;   // a peak of about an octave
    double midDb = 0;
    double highShelfDb = 0; // above 6 kHz
    double tiltDb = 0;      // around 1 kHz: the lows up by half, the highs down by half
    double compressThresholdDb = 0;
    double compressRatio = 1; // 1: off
    std::string reverb;       // a space of mix.json, or empty for none; the send is the part's CC91
    double delaySend = 0;     // 0: off
    double delayBeats = 0.75; // the echo's distance, in beats (a dotted eighth by default)
    double delayFeedback = 0.3;
};

// Pads and bass ducking under the kick (house, techno, trance, synthwave, drum and bass):
// the parts named are turned down by depthDb at each kick of the score and come back over
// releaseMs.
struct Sidechain {
    std::set<std::string> roles;
    double depthDb = 6;
    double releaseMs = 180;
};

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace cadenza {

// What Basic Pitch's network says about a recording, frame by frame (hop 256 at 22,050 Hz,
// about 86 frames a second), row-major [frame][bin]:
//  - note: how likely each of the 88 piano keys (A0 = 21 up) sounds;
//  - onset: how likely each key starts;
//  - contour: pitch salience in thirds of a semitone (264 bins from A0).
struct Posteriorgrams {
    static constexpr int kKeys = 88;
    static constexpr int kContourBins = 264;
    static constexpr int kLowestPitch = 21; // MIDI A0
    static constexpr int kSampleRate = 22050;
    static constexpr int kHop = 256;

    int frames = 0;
    std::vector<float> note;    // frames x 88
    std::vector<float> onset;   // frames x 88
    std::vector<float> contour; // frames x 264

    float noteAt(int frame, int key) const { return note[static_cast<std::size_t>(frame) * kKeys + key]; }
    float onsetAt(int frame, int key) const { return onset[static_cast<std::size_t>(frame) * kKeys + key]; }
    float contourAt(int frame, int bin) const { return contour[static_cast<std::size_t>(frame) * kContourBins + bin]; }
};

} // namespace cadenza

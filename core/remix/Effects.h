// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

#include <string>
#include <string_view>
#include <vector>

namespace cadenza {

// The settings of the effects chain (core/remix/faust/effects.dsp), each at its neutral
// value by default: a default chain changes nothing.
struct EffectChain {
    double highpassHz = 0;              // 0 (off) or 20..20000
    double lowpassHz = 0;               // 0 (off) or 20..20000
    double lowShelfDb = 0;              // -24..24, below 250 Hz
    double highShelfDb = 0;             // -24..24, above 4 kHz
    double distortion = 0;              // 0..1 drive
    int bits = 0;                       // 0 (off) or 2..16: bit crushing
    double sampleHoldHz = 0;            // 0 (off) or 500..44100: sample-rate reduction
    double compressorThresholdDb = -18; // -60..0
    double compressorRatio = 1;         // 1 (off) .. 20
    double compressorMakeupDb = 0;      // 0..24
    double chorusMix = 0;               // 0..1
    double chorusRateHz = 1.5;          // 0.05..10
    double delayMix = 0;                // 0..1
    double delaySeconds = 0.35;         // 0.01..2
    double delayFeedback = 0.35;        // 0..0.9
    double reverbMix = 0;               // 0..1
    double reverbSeconds = 2;           // 0.1..10, RT60

    // Throws UserError naming the first setting out of its range, and the range.
    void validate() const;
    // The named presets: lo-fi, radio, hall, club, underwater. Throws UserError listing
    // them for any other name.
    static EffectChain preset(std::string_view name);
    static std::vector<std::string> presetNames();
};

// Runs the chain over the audio. Reverb and delay ring on after the end: the result is
// longer by their tail, cut where it falls below -80 dBFS. Progress stage "effects";
// throws OperationCancelled within a block of a cancel.
StereoBuffer applyEffects(const StereoBuffer& audio, const EffectChain& chain, const ProgressCallback& progress = {},
                          const CancelToken& cancel = {});

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "audio/Loudness.h"
#include "audio/Stem.h"

#include <optional>
#include <vector>

namespace cadenza {

// Sums stems into the pre-master mix. The stems already carry their parts' volume, pan and
// effect sends, so the mix is their plain sum.
StereoBuffer mixStems(const std::vector<Stem>& stems);

// Gain staging: scales every stem by one factor so that their sum peaks at `peakDbfs`,
// leaving the master headroom and keeping the stems' sum equal to the mix; or by `fixedDb`
// when given (an edit keeps its parent's). Returns the gain, dB.
double stageGain(std::vector<Stem>& stems, double peakDbfs = -6.0, std::optional<double> fixedDb = std::nullopt);

struct MasterSettings {
    double targetLufs = -14.0;
    double ceilingDbtp = -1.0; // true-peak limit
    double fadeOutSeconds = 2.0;
    double compressorThreshold = -18.0; // dBFS, on the mix brought to -20 LUFS
    double compressorRatio = 2.0;
};

struct MasterResult {
    StereoBuffer audio;
    LoudnessReport loudness;
    double gainDb = 0; // make-up gain into the limiter
};

// The master bus (Faust: glue compressor, make-up gain, look-ahead limiter) and a fade-out.
// The compressor runs once; the make-up gain is searched, one limiter run per trial, until
// the integrated loudness is within 0.3 LU of the target and the true peak (4x oversampled)
// is at or below the ceiling. Trials are measured with the fast meters of
// audio/IntegratedLoudness.h and audio/TruePeak.h (the first round also sets the limiter's
// ceiling from the song's overshoot between samples); the one that lands is measured in
// full (measureLoudness, libebur128's loudness), and that is the result's report. Reports ("master", fraction)
// after each trial; throws OperationCancelled within a block of a cancel.
MasterResult master(const StereoBuffer& mix, const MasterSettings& settings = {}, const ProgressCallback& progress = {},
                    const CancelToken& cancel = {});

} // namespace cadenza

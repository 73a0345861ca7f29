// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "audio/Loudness.h"
#include "audio/Stem.h"
#include "render/MixLevels.h"

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
    MasterGains gains; // what the bus ran with
};

// The master bus (Faust: glue compressor, make-up gain, look-ahead limiter) and a fade-out.
// The compressor runs once; the make-up gain is searched, one limiter run per trial, until
// the integrated loudness is within 0.3 LU of the target and the true peak (4x oversampled)
// is at or below the ceiling. Trials are measured with the fast meters of
// audio/IntegratedLoudness.h and audio/TruePeak.h (the first round also sets the limiter's
// ceiling from the song's overshoot between samples); the one that lands is measured in
// full (measureLoudness: integrated, range, true peak), and that is the result's report.
// Reports ("master", fraction) after each trial; throws OperationCancelled within a block
// of a cancel.
MasterResult master(const StereoBuffer& mix, const MasterSettings& settings = {}, const ProgressCallback& progress = {},
                    const CancelToken& cancel = {});

// An edit's master, where its mix differs from its parent's only in frames [from, until):
// the bus runs again with the parent's gains over that span (from a few seconds before it,
// so that the compressor and the limiter have the state they had there), and the parent's
// master stands everywhere else, joined by short crossfades where the two agree. Nothing
// when the result misses the target loudness by more than the master's tolerance (0.3 LU)
// or peaks over the ceiling: the edit changed the song too much, and is mastered whole.
// `parentMaster` is as long as `mix`.
std::optional<MasterResult> remasterSpan(const StereoBuffer& mix, const StereoBuffer& parentMaster,
                                         const MasterGains& gains, std::size_t from, std::size_t until,
                                         const MasterSettings& settings = {}, const CancelToken& cancel = {});

} // namespace cadenza

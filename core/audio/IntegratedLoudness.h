// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

namespace cadenza {

// The loudness of a whole programme by EBU R 128, as libebur128 measures it:
//   integrated (ITU-R BS.1770-4): K-weighting, the mean energy of 400 ms blocks every
//   100 ms, gated at -70 LUFS and then 10 LU under the gated mean; -70 for silence;
//   range (EBU Tech 3342): the spread of the 3 s short-term loudness, taken every second,
//   gated at -70 LUFS and then 20 LU under their mean, from its 10th to its 95th percentile.
// Throws OperationCancelled within about a second of audio of a cancel.
//
// It computes what libebur128 computes (the same K-weighting filters, derived for any
// sample rate as libebur128 derives them, the same blocks and gates), but keeps the
// filters' state in registers and filters once for both measures: about 0.03 s for a
// 3-minute stereo song against libebur128's 0.17 s. The mastering search measures every
// trial with it. test_render checks both figures against libebur128's within 0.01 LU.
struct ProgrammeLoudness {
    double integratedLufs = -70;
    double rangeLu = 0;
};
ProgrammeLoudness measureProgrammeLoudness(const StereoBuffer& audio, const CancelToken& cancel = {});

// measureProgrammeLoudness's integrated loudness.
double measureIntegratedLoudness(const StereoBuffer& audio, const CancelToken& cancel = {});

} // namespace cadenza

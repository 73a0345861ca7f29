// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

namespace cadenza {

// The integrated loudness (LUFS) of ITU-R BS.1770-4 / EBU R 128: K-weighting, the mean
// energy of 400 ms blocks every 100 ms, gated at -70 LUFS and then 10 LU under the gated
// mean. -70 for silence. Throws OperationCancelled within about a second of audio of a
// cancel.
//
// The mastering search measures every trial with it. It computes what libebur128 computes
// (the same K-weighting filters, derived for any sample rate as libebur128 derives them, and
// the same blocks), but keeps the filters' state in registers: about 0.03 s for a 3-minute
// stereo song against libebur128's 0.17 s. test_render checks that the two agree within
// 0.01 LU; what Cadenza reports (measureLoudness) is still libebur128's.
double measureIntegratedLoudness(const StereoBuffer& audio, const CancelToken& cancel = {});

} // namespace cadenza

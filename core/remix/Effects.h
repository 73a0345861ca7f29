// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"
#include "music/EffectChain.h"

namespace cadenza {

// Runs the chain (the Faust program faust/effects.dsp) over the audio. Reverb and delay ring on after the end: the
// result is longer by their tail, cut where it falls 50 dB under the input's mean level (out of hearing), with a
// 50 ms fade. Progress stage "effects"; throws OperationCancelled within a block of a cancel.
StereoBuffer applyEffects(const StereoBuffer& audio, const EffectChain& chain, const ProgressCallback& progress = {},
                          const CancelToken& cancel = {});

} // namespace cadenza

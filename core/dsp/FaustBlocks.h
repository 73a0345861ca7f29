// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

#include <faust/dsp/dsp.h>

#include <cstddef>

namespace cadenza {

// Runs a Faust-generated stereo DSP (two inputs, two outputs, already initialised and its
// parameters set) over a buffer in blocks. The input is scaled by inputGain. The first
// `latency` output frames (a look-ahead's delay) are dropped so the output lines up with
// the input, and `tail` frames of silence are fed after the end and kept (a reverb's
// decay): the result is input.frames() + tail long. Throws OperationCancelled within a
// block (about 0.1 s of audio) of a cancel.
StereoBuffer runStereoDsp(::dsp& processor, const StereoBuffer& input, float inputGain, std::size_t latency,
                          std::size_t tail, const CancelToken& cancel);

} // namespace cadenza

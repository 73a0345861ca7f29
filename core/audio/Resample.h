// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"

namespace cadenza {

// Converts a buffer to another sample rate with libsamplerate's best sinc converter.
// Returns the buffer unchanged when the rates already agree. Throws std::runtime_error with
// libsamplerate's message when it fails.
StereoBuffer resample(StereoBuffer audio, int sampleRate);

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"

#include <vector>

namespace cadenza {

// Converts a buffer to another sample rate with libsamplerate's best sinc converter.
// Returns the buffer unchanged when the rates already agree. Throws std::runtime_error with
// libsamplerate's message when it fails.
StereoBuffer resample(StereoBuffer audio, int sampleRate);

// The buffer's mono sum ((left + right) / 2) at another sample rate, converted with
// libsoxr's high quality (20-bit) setting: the resampler that Basic Pitch's reference
// (librosa's soxr_hq) uses, and some 30 times faster than libsamplerate's best.
std::vector<float> monoAt(const StereoBuffer& audio, int sampleRate);

} // namespace cadenza

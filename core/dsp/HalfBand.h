// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"

namespace cadenza {

// Halving and doubling the sample rate with a 31-tap half-band filter (a Kaiser-windowed
// sinc, beta 7), for processing that needs only the lower half of the spectrum, such as a
// reverb's tail: the mix runs its reverbs at half rate, as the classic digital reverbs
// (with their 10 kHz bandwidth) did. Linear phase and centred, so upsample(downsample(x))
// lines up with x (test_render measures its passband and stopband).
StereoBuffer downsampleByTwo(const StereoBuffer& audio);
// Back to twice the rate, `frames` long (the original length).
StereoBuffer upsampleByTwo(const StereoBuffer& audio, std::size_t frames);

} // namespace cadenza

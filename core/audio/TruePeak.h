// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace cadenza {

// The true peak of one channel as a linear magnitude: the largest absolute value of the
// signal oversampled 4x (2x from 96 kHz, none from 192 kHz), or of the samples themselves.
//
// It is libebur128's measure, with the same interpolator (a 49-tap Hann-windowed sinc split
// into polyphase branches, zero coefficients dropped, silence before the first sample).
// libebur128 runs that filter one sample at a time in double precision through a circular
// buffer, about 0.4 s per channel of a 3-minute song; here it runs a block at a time so the
// compiler vectorises it, ten times faster. test_render checks that the two agree.
float truePeak(std::span<const float> samples, double sampleRate);

} // namespace cadenza

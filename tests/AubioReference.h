// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"

namespace cadenza::test {

// The tempo in BPM by aubio's beat tracker (its "default" onset method, hop 128), an
// estimator independent of Cadenza's own: the most common beat interval, refined by a line
// fitted through the beats. 0 when it finds fewer than five beats.
double aubioTempo(const StereoBuffer& audio);

} // namespace cadenza::test

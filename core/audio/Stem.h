// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"

#include <string>

namespace cadenza {

// One instrument group's audio (drums, bass, vocals...). A song's stems add up to its
// pre-master mix.
struct Stem {
    std::string group;
    StereoBuffer audio;
};

} // namespace cadenza

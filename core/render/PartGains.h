// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Score.h"

#include <algorithm>
#include <cmath>

namespace cadenza {

// A part's volume and pan (its MIDI controllers 7 and 10) as the gains of the left and
// right channels, for the parts Cadenza plays itself (synthesizers, sampled kits), the way a
// General MIDI synthesizer reads them: volume as (CC7 / 127)², pan at equal power with the
// centre at unity in both channels.
struct PartGains {
    float left = 1;
    float right = 1;
};

// `gainDb` adds the sound's calibration (PaletteSound::gainDb).
inline PartGains partGains(const Part& part, double gainDb = 0) {
    const double volume = (part.volume / 127.0) * (part.volume / 127.0) * std::pow(10.0, gainDb / 20);
    const double angle = (std::clamp(part.pan, 0, 127) / 127.0) * M_PI / 2;
    return {static_cast<float>(volume * std::cos(angle) * M_SQRT2),
            static_cast<float>(volume * std::sin(angle) * M_SQRT2)};
}

} // namespace cadenza

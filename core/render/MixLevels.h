// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>

namespace cadenza {

// What the master bus ran with (render/Mastering.h): the gain that brought the mix to the
// compressor's reference level, the make-up gain into the limiter and the limiter's
// ceiling, dB.
struct MasterGains {
    double inputDb = 0;
    double gainDb = 0;
    double ceilingDb = 0;
};

// The gains a song's mix was made with: each stem's level (StemMixer brings a stem to its
// part's level by measuring it), the stage gain (the one factor that leaves the master
// headroom) and the master's. An edit renders with its parent's levels, so what it does
// not change sounds exactly as before; what it leaves out is measured afresh.
struct MixLevels {
    std::map<std::string, double> stemDb; // group -> the gain its level took, dB
    std::optional<double> stageDb;        // the stage gain, dB
    std::optional<MasterGains> master;    // none for a song made before they were kept
};

} // namespace cadenza

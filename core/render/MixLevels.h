// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>

namespace cadenza {

// The gains a song's mix was made with: each stem's level (StemMixer brings a stem to its
// part's level by measuring it) and the stage gain (the one factor that leaves the master
// headroom). An edit renders with its parent's levels, so what it does not change sounds
// exactly as before; what it leaves out is measured afresh.
struct MixLevels {
    std::map<std::string, double> stemDb; // group -> the gain its level took, dB
    std::optional<double> stageDb;        // the stage gain, dB
};

} // namespace cadenza

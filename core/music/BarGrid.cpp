// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/BarGrid.h"

#include <cmath>

namespace cadenza {

BarGrid::BarGrid(double quartersPerMinute, Meter meter, double firstDownbeat)
    : meter_(meter), firstDownbeat_(firstDownbeat) {
    if (quartersPerMinute > 0) {
        quartersPerMinute_ = quartersPerMinute;
        beatSeconds_ = 60.0 / quartersPerMinute * meter.quartersPerBar() / meter.beatsPerBar();
    }
}

double BarGrid::barStart(int bar) const {
    return firstDownbeat_ + (bar - 1) * barSeconds();
}

BarPosition BarGrid::at(double seconds) const {
    if (!valid())
        return {};
    const double beats = (seconds - firstDownbeat_) / beatSeconds_;
    // A hair of tolerance, so that a time computed as a beat's start reads as that beat.
    const double whole = std::floor(beats + 1e-9);
    const int perBar = meter_.beatsPerBar();
    const auto index = static_cast<long long>(whole);
    const long long bar = index >= 0 ? index / perBar : -((-index + perBar - 1) / perBar);
    return {.bar = static_cast<int>(bar + 1),
            .beat = static_cast<int>(index - bar * perBar + 1),
            .beatFraction = std::max(0.0, beats - whole)};
}

double BarGrid::nearestBeat(double seconds) const {
    if (!valid())
        return seconds;
    return firstDownbeat_ + std::round((seconds - firstDownbeat_) / beatSeconds_) * beatSeconds_;
}

std::string BarGrid::label(double seconds) const {
    const BarPosition p = at(seconds);
    return std::to_string(p.bar) + "." + std::to_string(p.beat);
}

} // namespace cadenza

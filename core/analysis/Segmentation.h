// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FrameFeatures.h"

#include <string>
#include <vector>

namespace cadenza {

struct DetectedSection {
    std::string label; // "A", "B", ...: sections that sound alike share a letter
    double start = 0;  // seconds
    double end = 0;
};

// Sections by novelty (Foote 2000): beat-synchronous timbre, harmony and energy vectors,
// their cosine self-similarity matrix, and a Gaussian-tapered checkerboard kernel slid
// along its diagonal; boundaries are the novelty curve's prominent peaks. Without beats
// (free-time music) half-second blocks stand in for them. Sections whose blocks resemble
// each other as much as they resemble themselves share a label.
std::vector<DetectedSection> segmentSections(const FrameFeatures& features, const std::vector<double>& beats,
                                             double duration);

} // namespace cadenza

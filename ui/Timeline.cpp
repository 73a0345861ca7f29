// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Timeline.h"

#include <algorithm>

namespace cadenza {

int sectionAt(const std::vector<SectionMarker>& sections, double seconds) {
    for (std::size_t i = 0; i < sections.size(); ++i)
        if (seconds >= sections[i].start && seconds < sections[i].end)
            return static_cast<int>(i);
    return -1;
}

bool moveView(double& viewStart, double& viewLength, double start, double length, double duration) {
    if (duration <= 0)
        return false;
    const double newLength = std::clamp(length, std::min(duration, 0.05), duration);
    const double newStart = std::clamp(start, 0.0, duration - newLength);
    if (newStart == viewStart && newLength == viewLength)
        return false;
    viewStart = newStart;
    viewLength = newLength;
    return true;
}

} // namespace cadenza

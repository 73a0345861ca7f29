// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Timeline.h"

#include <algorithm>
#include <cmath>

namespace cadenza {

QString clockText(double seconds, bool tenths) {
    if (tenths) {
        const int t = static_cast<int>(std::floor(std::max(0.0, seconds) * 10));
        return QString("%1:%2.%3").arg(t / 600).arg((t / 10) % 60, 2, 10, QChar('0')).arg(t % 10);
    }
    const int s = static_cast<int>(std::floor(std::max(0.0, seconds)));
    return QString("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
}

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

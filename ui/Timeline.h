// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace cadenza {

// A section of a song as the timelines mark it.
struct SectionMarker {
    QString name;
    double start = 0; // seconds
    double end = 0;
};

// "m:ss" for a ruler or a job's time, or with `tenths` "m:ss.t" for the transport.
QString clockText(double seconds, bool tenths = false);

// The index of the section playing at `seconds`; -1 where none is.
int sectionAt(const std::vector<SectionMarker>& sections, double seconds);

// Moves the stretch of a song a timeline shows (`viewStart`, `viewLength`, in seconds) to
// [start, start + length), kept no closer than about 50 ms across, no wider than the song and
// inside it. False when nothing changed (or there is no song).
bool moveView(double& viewStart, double& viewLength, double start, double length, double duration);

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QColor;
class QPainter;
class QRect;

namespace cadenza {

class PeakPyramid;

// Draws `peaks` over seconds [start, start + length) into `area`, one column per pixel:
// filled, or with `outline` only the top and bottom envelope (over a spectrogram).
void paintPeaks(QPainter& painter, const PeakPyramid& peaks, const QRect& area, double start, double length,
                const QColor& color, bool outline = false);

} // namespace cadenza

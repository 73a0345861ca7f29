// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WavePainting.h"

#include "audio/PeakPyramid.h"

#include <QPainter>
#include <QPolygon>

#include <cmath>
#include <vector>

namespace cadenza {

void paintPeaks(QPainter& painter, const PeakPyramid& peaks, const QRect& area, double start, double length,
                const QColor& color, bool outline) {
    const double rate = peaks.sampleRate();
    const auto columns = peaks.peaks(static_cast<std::int64_t>(start * rate),
                                     static_cast<std::int64_t>((start + length) * rate), area.width());
    const double middle = area.center().y();
    const double scale = area.height() / 2.0 - 1;
    const auto count = static_cast<int>(columns.size());
    QPolygon top(count), bottom(count);
    for (int x = 0; x < count; ++x) {
        const auto& p = columns[static_cast<std::size_t>(x)];
        top[x] = QPoint(area.left() + x, static_cast<int>(std::lround(middle - p.high * scale)));
        bottom[x] = QPoint(area.left() + x, static_cast<int>(std::lround(middle - p.low * scale)) + 1);
    }
    painter.save();
    if (outline) {
        painter.setPen(color);
        painter.drawPolyline(top);
        painter.drawPolyline(bottom);
    } else {
        // A line per column, handed to the painter at once.
        std::vector<QLine> lines(static_cast<std::size_t>(count));
        for (int x = 0; x < count; ++x)
            lines[static_cast<std::size_t>(x)] = QLine(top[x], QPoint(top[x].x(), bottom[x].y() - 1));
        painter.setPen(color);
        painter.drawLines(lines.data(), count);
    }
    painter.restore();
}

} // namespace cadenza

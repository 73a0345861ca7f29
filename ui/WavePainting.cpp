// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WavePainting.h"

#include "audio/PeakPyramid.h"

#include <QPainter>
#include <QPolygon>

#include <cmath>

namespace cadenza {

void paintPeaks(QPainter& painter, const PeakPyramid& peaks, const QRect& area, double start, double length,
                const QColor& color, bool outline) {
    const double rate = peaks.sampleRate();
    const auto columns = peaks.peaks(static_cast<std::int64_t>(start * rate),
                                     static_cast<std::int64_t>((start + length) * rate), area.width());
    const double middle = area.center().y();
    const double scale = area.height() / 2.0 - 1;
    painter.setPen(color);
    QPolygon top, bottom;
    for (int x = 0; x < static_cast<int>(columns.size()); ++x) {
        const auto& p = columns[static_cast<std::size_t>(x)];
        const int high = static_cast<int>(std::lround(middle - p.high * scale));
        const int low = static_cast<int>(std::lround(middle - p.low * scale));
        if (outline) {
            top << QPoint(area.left() + x, high);
            bottom << QPoint(area.left() + x, low);
        } else {
            painter.drawLine(area.left() + x, high, area.left() + x, low);
        }
    }
    if (outline) {
        painter.drawPolyline(top);
        painter.drawPolyline(bottom);
    }
}

QString clockText(double seconds, bool tenths) {
    if (tenths) {
        const int t = static_cast<int>(std::floor(std::max(0.0, seconds) * 10));
        return QString("%1:%2.%3").arg(t / 600).arg((t / 10) % 60, 2, 10, QChar('0')).arg(t % 10);
    }
    const int s = static_cast<int>(std::floor(std::max(0.0, seconds)));
    return QString("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
}

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LevelMeter.h"

#include "audio/Loudness.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace cadenza {
namespace {

constexpr double kFloorDb = -60;
constexpr double kFallDbPerSecond = 24;
constexpr qint64 kHoldMs = 1500;

double fraction(double db) {
    return std::clamp((db - kFloorDb) / -kFloorDb, 0.0, 1.0);
}

} // namespace

LevelMeter::LevelMeter(Qt::Orientation orientation, int channels, QWidget* parent)
    : QWidget(parent), orientation_(orientation), channels_(static_cast<std::size_t>(std::max(1, channels))) {
    clock_.start();
    setAttribute(Qt::WA_OpaquePaintEvent);
    if (orientation_ == Qt::Vertical)
        setFixedWidth(4 * static_cast<int>(channels_.size()) + 2);
    else
        setFixedHeight(5 * static_cast<int>(channels_.size()) + 2);
}

QSize LevelMeter::sizeHint() const {
    return orientation_ == Qt::Vertical ? QSize(width(), 60) : QSize(160, height());
}

void LevelMeter::setPeaks(const std::vector<float>& peaks) {
    const qint64 now = clock_.elapsed();
    const double fallen = kFallDbPerSecond * static_cast<double>(now - lastFeed_) / 1000.0;
    lastFeed_ = now;
    for (std::size_t c = 0; c < channels_.size(); ++c) {
        Channel& channel = channels_[c];
        const double db = std::max(kFloorDb, gainToDb(c < peaks.size() ? peaks[c] : 0.0f));
        channel.level = std::max(db, channel.level - fallen);
        if (db >= channel.held || now - channel.heldAt > kHoldMs) {
            channel.held = db;
            channel.heldAt = now;
        }
    }
    update();
}

double LevelMeter::shownDb(int channel) const {
    return channels_.at(static_cast<std::size_t>(channel)).level;
}

void LevelMeter::reset() {
    std::fill(channels_.begin(), channels_.end(), Channel{});
    update();
}

void LevelMeter::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 26, 30));
    const bool vertical = orientation_ == Qt::Vertical;
    const int count = static_cast<int>(channels_.size());
    const int across = (vertical ? width() : height()) - 2;
    const int along = (vertical ? height() : width()) - 2;
    QLinearGradient gradient(vertical ? QPointF(0, height() - 1) : QPointF(1, 0),
                             vertical ? QPointF(0, 1) : QPointF(width() - 1, 0));
    gradient.setColorAt(0, QColor(40, 180, 90));
    gradient.setColorAt(fraction(-12), QColor(120, 200, 70));
    gradient.setColorAt(fraction(-6), QColor(230, 200, 50));
    gradient.setColorAt(fraction(-3), QColor(240, 120, 40));
    gradient.setColorAt(1, QColor(235, 50, 45));
    for (int c = 0; c < count; ++c) {
        const Channel& channel = channels_[static_cast<std::size_t>(c)];
        const int from = 1 + c * across / count;
        const int thickness = std::max(1, across / count - 1);
        const int lit = static_cast<int>(fraction(channel.level) * along);
        const int held = static_cast<int>(fraction(channel.held) * along);
        if (vertical) {
            painter.fillRect(QRect(from, height() - 1 - lit, thickness, lit), gradient);
            if (channel.held > kFloorDb)
                painter.fillRect(QRect(from, height() - 2 - held, thickness, 1), QColor(230, 230, 230));
        } else {
            painter.fillRect(QRect(1, from, lit, thickness), gradient);
            if (channel.held > kFloorDb)
                painter.fillRect(QRect(1 + held, from, 1, thickness), QColor(230, 230, 230));
        }
    }
}

} // namespace cadenza

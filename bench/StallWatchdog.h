// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How long the GUI thread goes without running its event loop: a timer that should fire
// every 5 ms records the longest gap between its ticks, less those 5 ms.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

class StallWatchdog {
  public:
    static constexpr int kPeriodMs = 5;

    StallWatchdog() {
        timer_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            longest_ = std::max(longest_, sinceTick_.nsecsElapsed());
            sinceTick_.restart();
        });
    }

    void start() {
        sinceTick_.start();
        timer_.start(kPeriodMs);
    }

    // The longest stall so far, in milliseconds.
    double longestStallMs() const { return std::max(0.0, static_cast<double>(longest_) / 1e6 - kPeriodMs); }

  private:
    QTimer timer_;
    QElapsedTimer sinceTick_;
    qint64 longest_ = 0;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/Recorder.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace cadenza {

Recorder::Recorder(int sampleRate, double ringSeconds)
    : capacity_(static_cast<std::size_t>(ringSeconds * sampleRate)), recording_(sampleRate, 0) {
    ring_.resize(2 * capacity_);
}

void Recorder::capture(const float* interleaved, std::size_t frames) noexcept {
    const std::size_t written = written_.load(std::memory_order_relaxed);
    const std::size_t room = capacity_ - (written - read_.load(std::memory_order_acquire));
    const std::size_t kept = std::min(frames, room);
    for (std::size_t i = 0; i < kept; ++i) {
        const std::size_t slot = (written + i) % capacity_;
        ring_[2 * slot] = interleaved[2 * i];
        ring_[2 * slot + 1] = interleaved[2 * i + 1];
    }
    written_.store(written + kept, std::memory_order_release);
    if (kept < frames)
        dropped_.fetch_add(frames - kept, std::memory_order_relaxed);
}

void Recorder::drain() {
    const std::size_t read = read_.load(std::memory_order_relaxed);
    const std::size_t written = written_.load(std::memory_order_acquire);
    for (std::size_t frame = read; frame < written; ++frame) {
        const std::size_t slot = frame % capacity_;
        recording_.left.push_back(ring_[2 * slot]);
        recording_.right.push_back(ring_[2 * slot + 1]);
        peak_ = std::max({peak_, std::abs(ring_[2 * slot]), std::abs(ring_[2 * slot + 1])});
    }
    read_.store(written, std::memory_order_release);
}

double Recorder::seconds() const {
    return static_cast<double>(recording_.frames()) / recording_.sampleRate;
}

float Recorder::takePeak() {
    return std::exchange(peak_, 0.0f);
}

} // namespace cadenza

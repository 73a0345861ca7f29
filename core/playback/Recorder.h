// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"

#include <atomic>
#include <vector>

namespace cadenza {

// Keeps what an input captures. The audio thread never waits or allocates: capture() puts
// the frames in a ring of a few seconds, which drain() (the GUI's clock, every few tens of
// milliseconds) moves into the recording. Frames that find the ring full are dropped and
// counted. One capturing thread and one draining thread.
class Recorder {
  public:
    explicit Recorder(int sampleRate, double ringSeconds = 4);

    // Audio thread.
    void capture(const float* interleaved, std::size_t frames) noexcept;
    // Draining thread: what arrived since the last call joins the recording.
    void drain();

    const StereoBuffer& recording() const { return recording_; }
    double seconds() const;
    // The largest sample drained since the last call (a level meter while recording).
    float takePeak();
    std::size_t dropped() const { return dropped_.load(); }

  private:
    std::vector<float> ring_; // interleaved stereo
    std::size_t capacity_;    // frames
    std::atomic<std::size_t> written_{0};
    std::atomic<std::size_t> read_{0};
    std::atomic<std::size_t> dropped_{0};
    StereoBuffer recording_;
    float peak_ = 0;
};

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playback/AudioOutput.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

// Receives interleaved stereo frames as they are captured, on the input's audio thread.
using CaptureCallback = std::function<void(const float* interleaved, std::size_t frames)>;

// A running audio input. Destroying it stops the stream and joins its thread.
class AudioInput {
  public:
    virtual ~AudioInput() = default;
    virtual std::string name() const = 0;
};

// The input devices PortAudio can record from, by name (empty where none are available).
std::vector<std::string> audioInputDevices();

// Records through PortAudio on its callback thread, in stereo (a mono device's one channel
// on both sides): the named device, or the default one. Throws std::runtime_error with
// PortAudio's reason when no device can be opened.
std::unique_ptr<AudioInput> openPortAudioInput(CaptureCallback callback, int sampleRate,
                                               const std::optional<std::string>& device = std::nullopt);

// An input whose sound `source` makes, delivered in real time on a thread of its own (the
// null output's clock): for tests, and machines without a sound device.
std::unique_ptr<AudioInput> openGeneratedInput(CaptureCallback callback, int sampleRate, AudioCallback source);

} // namespace cadenza

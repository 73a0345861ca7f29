// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

// Fills interleaved stereo frames; called on the output's own audio thread.
using AudioCallback = std::function<void(float* interleaved, std::size_t frames)>;

// A running audio output. Destroying it stops the stream and joins its thread.
class AudioOutput {
  public:
    virtual ~AudioOutput() = default;
    virtual std::string name() const = 0;
};

// The output devices PortAudio can play to, by name (empty where none are available).
std::vector<std::string> audioOutputDevices();

// Plays through PortAudio on its callback thread: the named device, or the default one.
// Throws std::runtime_error with PortAudio's reason when no device can be opened.
std::unique_ptr<AudioOutput> openPortAudioOutput(AudioCallback callback, int sampleRate,
                                                 const std::optional<std::string>& device = std::nullopt);

// Pulls audio in real time on a thread of its own and discards it: for machines without
// a sound device, and for tests. Playback advances exactly as it would through a device.
std::unique_ptr<AudioOutput> openNullOutput(AudioCallback callback, int sampleRate);

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/Loudness.h"
#include "audio/Stem.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace cadenza {

// Plays a track's stems through a live mixer: one strip per stem with volume, pan, mute and
// solo. render() runs on the audio callback thread and never blocks: the track is swapped
// under a lock that the callback only tries (it plays silence for the one block in which a
// new track arrives), and every setting is an atomic. Gains move to their new values over
// kRampFrames samples, so muting or soloing never clicks. It meters as it plays: each strip's
// peak after its gain, the mix's peak per channel and the mix's momentary loudness.
class Player {
  public:
    static constexpr std::size_t kRampFrames = 256;

    void load(std::vector<Stem> stems);
    std::size_t stemCount() const { return stemCount_.load(); }
    std::vector<std::string> stemNames() const;

    void setVolume(std::size_t stem, float gain);
    void setPan(std::size_t stem, float pan); // -1 left .. 1 right
    void setMute(std::size_t stem, bool mute);
    void setSolo(std::size_t stem, bool solo);
    bool muted(std::size_t stem) const;
    // A gain on the whole mix (1 after load()): comparing two versions at one loudness.
    void setMasterGain(float gain) { masterGain_ = std::max(0.0f, gain); }
    float masterGain() const { return masterGain_.load(); }

    void play() { playing_ = true; }
    void pause() { playing_ = false; }
    void stop();
    void toggle(); // one atomic read-modify-write: two toggles at once cancel out
    bool playing() const { return playing_.load(); }
    void seek(double seconds);
    double position() const;
    double duration() const;
    int sampleRate() const { return sampleRate_.load(); }
    // Loops [start, end) while playing; end <= start plays straight through.
    void setLoop(double start, double end);

    // The meters, read by the GUI: the largest sample since the last call (linear, after the
    // strip's gain and pan; zero for a silent or absent strip), and the mix's.
    float takePeak(std::size_t stem);
    struct StereoPeak {
        float left = 0;
        float right = 0;
    };
    StereoPeak takeMasterPeak();
    // The mix's momentary loudness (LUFS, the last 400 ms played; -70 in silence).
    double momentaryLoudness() const { return loudness_.load(); }

    // Audio thread: writes `frames` interleaved stereo frames.
    void render(float* interleaved, std::size_t frames) noexcept;

  private:
    static constexpr std::size_t kMaxStems = 16;
    struct Strip {
        std::atomic<float> volume{1};
        std::atomic<float> pan{0};
        std::atomic<bool> mute{false};
        std::atomic<bool> solo{false};
        std::atomic<float> peak{0};
        float left = 1; // the gains in effect, owned by the audio thread
        float right = 1;
    };
    // Raises `meter` to `value` unless it holds more (the GUI resets it to zero).
    static void raise(std::atomic<float>& meter, float value) noexcept;

    mutable std::mutex trackMutex_; // guards stems_; the audio thread only try-locks it
    std::vector<Stem> stems_;
    std::unique_ptr<MomentaryLoudness> meter_ = std::make_unique<MomentaryLoudness>(44100); // fed under trackMutex_
    Strip strips_[kMaxStems];
    std::atomic<std::size_t> stemCount_{0};
    std::atomic<std::int64_t> frame_{0};
    std::atomic<std::int64_t> frames_{0};
    std::atomic<int> sampleRate_{44100};
    std::atomic<std::int64_t> loopStart_{0};
    std::atomic<std::int64_t> loopEnd_{0};
    std::atomic<bool> playing_{false};
    std::atomic<float> masterGain_{1};
    std::atomic<float> masterLeft_{0};
    std::atomic<float> masterRight_{0};
    std::atomic<double> loudness_{-70};
    std::size_t framesSinceLoudness_ = 0; // the audio thread's, under trackMutex_
};

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/Player.h"

#include "audio/MixerState.h"

#include <algorithm>
#include <cmath>

namespace cadenza {

void Player::load(std::vector<Stem> stems) {
    playing_ = false;
    const std::lock_guard lock(trackMutex_);
    if (stems.size() > kMaxStems)
        stems.resize(kMaxStems);
    stems_ = std::move(stems);
    std::size_t frames = 0;
    for (const auto& s : stems_)
        frames = std::max(frames, s.audio.frames());
    frames_ = static_cast<std::int64_t>(frames);
    sampleRate_ = stems_.empty() ? 44100 : stems_.front().audio.sampleRate;
    meter_ = std::make_unique<MomentaryLoudness>(sampleRate_.load());
    masterGain_ = 1;
    loudness_ = -70;
    framesSinceLoudness_ = 0;
    masterLeft_ = masterRight_ = 0;
    frame_ = 0;
    loopStart_ = loopEnd_ = 0;
    for (auto& strip : strips_) {
        strip.volume = 1;
        strip.pan = 0;
        strip.mute = false;
        strip.solo = false;
        strip.left = strip.right = 1;
        strip.peak = 0;
    }
    stemCount_ = stems_.size();
}

std::vector<std::string> Player::stemNames() const {
    const std::lock_guard lock(trackMutex_);
    std::vector<std::string> names;
    for (const auto& s : stems_)
        names.push_back(s.group);
    return names;
}

void Player::setVolume(std::size_t stem, float gain) {
    if (stem < kMaxStems)
        strips_[stem].volume = std::max(0.0f, gain);
}
void Player::setPan(std::size_t stem, float pan) {
    if (stem < kMaxStems)
        strips_[stem].pan = std::clamp(pan, -1.0f, 1.0f);
}
void Player::setMute(std::size_t stem, bool mute) {
    if (stem < kMaxStems)
        strips_[stem].mute = mute;
}
void Player::setSolo(std::size_t stem, bool solo) {
    if (stem < kMaxStems)
        strips_[stem].solo = solo;
}
bool Player::muted(std::size_t stem) const {
    return stem < kMaxStems && strips_[stem].mute.load();
}

float Player::takePeak(std::size_t stem) {
    return stem < kMaxStems ? strips_[stem].peak.exchange(0) : 0.0f;
}

Player::StereoPeak Player::takeMasterPeak() {
    return {masterLeft_.exchange(0), masterRight_.exchange(0)};
}

void Player::raise(std::atomic<float>& meter, float value) noexcept {
    float held = meter.load(std::memory_order_relaxed);
    while (value > held && !meter.compare_exchange_weak(held, value, std::memory_order_relaxed)) {
    }
}

void Player::toggle() {
    bool was = playing_.load();
    while (!playing_.compare_exchange_weak(was, !was)) {
    }
}

void Player::stop() {
    playing_ = false;
    frame_ = 0;
}

void Player::seek(double seconds) {
    frame_ = std::clamp<std::int64_t>(static_cast<std::int64_t>(seconds * sampleRate_), 0, frames_.load());
}

double Player::position() const {
    return static_cast<double>(frame_.load()) / sampleRate_.load();
}
double Player::duration() const {
    return static_cast<double>(frames_.load()) / sampleRate_.load();
}

void Player::setLoop(double start, double end) {
    loopStart_ = static_cast<std::int64_t>(start * sampleRate_);
    loopEnd_ = static_cast<std::int64_t>(end * sampleRate_);
}

void Player::render(float* out, std::size_t frames) noexcept {
    std::fill(out, out + 2 * frames, 0.0f);
    std::unique_lock lock(trackMutex_, std::try_to_lock);
    if (!lock.owns_lock() || !playing_.load(std::memory_order_relaxed))
        return;
    const std::size_t count = std::min(stems_.size(), kMaxStems);
    bool anySolo = false;
    for (std::size_t s = 0; s < count; ++s)
        anySolo |= strips_[s].solo.load(std::memory_order_relaxed);

    std::int64_t frame = frame_.load(std::memory_order_relaxed);
    const std::int64_t loopStart = loopStart_.load(std::memory_order_relaxed);
    const std::int64_t loopEnd = loopEnd_.load(std::memory_order_relaxed);
    const std::int64_t total = frames_.load(std::memory_order_relaxed);
    const bool looping = loopEnd > loopStart;

    // The gains each strip is heading for; they are reached kRampFrames samples later.
    float targetLeft[kMaxStems], targetRight[kMaxStems];
    for (std::size_t s = 0; s < count; ++s) {
        const Strip& strip = strips_[s];
        const bool audible =
            !strip.mute.load(std::memory_order_relaxed) && (!anySolo || strip.solo.load(std::memory_order_relaxed));
        const PanGains gains = panGains(audible ? strip.volume.load(std::memory_order_relaxed) : 0.0f,
                                        strip.pan.load(std::memory_order_relaxed));
        targetLeft[s] = gains.left;
        targetRight[s] = gains.right;
    }
    constexpr float step = 1.0f / kRampFrames;
    const float master = masterGain_.load(std::memory_order_relaxed);
    float peaks[kMaxStems] = {};
    std::size_t played = 0;
    for (std::size_t i = 0; i < frames; ++i) {
        if (looping && frame >= loopEnd)
            frame = loopStart;
        if (frame >= total) {
            playing_.store(false, std::memory_order_relaxed);
            break;
        }
        float left = 0, right = 0;
        for (std::size_t s = 0; s < count; ++s) {
            Strip& strip = strips_[s];
            // Move each gain toward its target by at most 1/kRampFrames per sample.
            strip.left += std::clamp(targetLeft[s] - strip.left, -step, step);
            strip.right += std::clamp(targetRight[s] - strip.right, -step, step);
            const auto& audio = stems_[s].audio;
            if (static_cast<std::size_t>(frame) < audio.frames()) {
                const float l = strip.left * audio.left[static_cast<std::size_t>(frame)];
                const float r = strip.right * audio.right[static_cast<std::size_t>(frame)];
                peaks[s] = std::max({peaks[s], std::abs(l), std::abs(r)});
                left += l;
                right += r;
            }
        }
        out[2 * i] = master * left;
        out[2 * i + 1] = master * right;
        played = i + 1;
        if (++frame >= loopEnd && looping)
            frame = loopStart; // so the position never reads the loop's end
    }
    frame_.store(frame, std::memory_order_relaxed);

    float masterLeft = 0, masterRight = 0;
    for (std::size_t i = 0; i < played; ++i) {
        masterLeft = std::max(masterLeft, std::abs(out[2 * i]));
        masterRight = std::max(masterRight, std::abs(out[2 * i + 1]));
    }
    for (std::size_t s = 0; s < count; ++s)
        raise(strips_[s].peak, peaks[s]);
    raise(masterLeft_, masterLeft);
    raise(masterRight_, masterRight);
    meter_->add(out, played);
    // The 400 ms window is read every 100 ms of audio, as meters refresh, not every block.
    framesSinceLoudness_ += played;
    if (framesSinceLoudness_ >= static_cast<std::size_t>(sampleRate_.load(std::memory_order_relaxed) / 10)) {
        framesSinceLoudness_ = 0;
        loudness_.store(meter_->lufs(), std::memory_order_relaxed);
    }
}

} // namespace cadenza

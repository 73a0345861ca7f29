// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/Loudness.h"

#include "audio/TruePeak.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <future>
#include <memory>
#include <stdexcept>
#include <utility>
#include <vector>

namespace cadenza {

double dbToGain(double db) {
    return std::pow(10.0, db / 20.0);
}
double gainToDb(double gain) {
    return gain > 0 ? 20.0 * std::log10(gain) : -200.0;
}

namespace {

struct StateDeleter {
    void operator()(ebur128_state* s) const { ebur128_destroy(&s); }
};
using Meter = std::unique_ptr<ebur128_state, StateDeleter>;

} // namespace

struct MomentaryLoudness::State {
    explicit State(Meter m) : meter(std::move(m)) {}
    Meter meter;
};

MomentaryLoudness::MomentaryLoudness(int sampleRate)
    : state_(std::make_unique<State>(Meter(ebur128_init(2, static_cast<unsigned long>(sampleRate), EBUR128_MODE_M)))) {
    if (!state_->meter)
        throw std::runtime_error("libebur128 could not start a measurement");
}

MomentaryLoudness::~MomentaryLoudness() = default;

void MomentaryLoudness::add(const float* interleaved, std::size_t frames) noexcept {
    ebur128_add_frames_float(state_->meter.get(), interleaved, frames);
}

double MomentaryLoudness::lufs() const noexcept {
    double value = 0;
    return ebur128_loudness_momentary(state_->meter.get(), &value) == EBUR128_SUCCESS && std::isfinite(value)
               ? std::max(value, -70.0)
               : -70.0;
}

namespace {

// Feeds the audio through a meter with `mode`.
Meter measure(const StereoBuffer& audio, int mode, const CancelToken& cancel) {
    Meter state(ebur128_init(2, static_cast<unsigned long>(audio.sampleRate), mode));
    if (!state)
        throw std::runtime_error("libebur128 could not start a measurement");
    constexpr std::size_t kBlock = 16384;
    std::vector<float> interleaved(kBlock * 2);
    for (std::size_t start = 0; start < audio.frames(); start += kBlock) {
        cancel.throwIfCancelled();
        const std::size_t n = std::min(kBlock, audio.frames() - start);
        for (std::size_t i = 0; i < n; ++i) {
            interleaved[2 * i] = audio.left[start + i];
            interleaved[2 * i + 1] = audio.right[start + i];
        }
        ebur128_add_frames_float(state.get(), interleaved.data(), n);
    }
    return state;
}

double integrated(ebur128_state* state) {
    double value = 0;
    return ebur128_loudness_global(state, &value) == EBUR128_SUCCESS && std::isfinite(value) ? value : -70.0;
}

} // namespace

LoudnessReport measureLoudness(const StereoBuffer& audio, const CancelToken& cancel) {
    // The true peaks (TruePeak.cpp: libebur128's measure, vectorised) on a thread of their
    // own while this one measures the loudness.
    struct Peaks {
        float truePeak = 0;
        float samplePeak = 0;
    };
    auto peaks = std::async(std::launch::async, [&] {
        Peaks p;
        for (const auto* channel : {&audio.left, &audio.right}) {
            p.truePeak = std::max(p.truePeak, truePeak(*channel, audio.sampleRate));
            for (const float x : *channel)
                p.samplePeak = std::max(p.samplePeak, std::abs(x));
        }
        return p;
    });
    const auto state = measure(audio, EBUR128_MODE_I | EBUR128_MODE_LRA, cancel);
    LoudnessReport report;
    report.integratedLufs = integrated(state.get());
    double range = 0;
    if (ebur128_loudness_range(state.get(), &range) == EBUR128_SUCCESS)
        report.loudnessRange = range;
    const Peaks measured = peaks.get();
    report.truePeakDbtp = gainToDb(measured.truePeak);
    report.samplePeakDbfs = gainToDb(measured.samplePeak);
    return report;
}

} // namespace cadenza

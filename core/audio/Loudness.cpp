// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/Loudness.h"

#include "audio/IntegratedLoudness.h"
#include "audio/TruePeak.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <functional>
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

LoudnessReport measureLoudness(const StereoBuffer& audio, const CancelToken& cancel) {
    // The left channel's true peak (TruePeak.cpp: libebur128's measure, vectorised) on a
    // thread of its own while this one measures the loudness and the right channel.
    const auto peaksOf = [](const std::vector<float>& channel, int rate) {
        float samplePeak = 0;
        for (const float x : channel)
            samplePeak = std::max(samplePeak, std::abs(x));
        return std::pair{truePeak(channel, rate), samplePeak};
    };
    auto left = std::async(std::launch::async, peaksOf, std::cref(audio.left), audio.sampleRate);
    const ProgrammeLoudness programme = measureProgrammeLoudness(audio, cancel);
    const auto right = peaksOf(audio.right, audio.sampleRate);
    const auto [leftTrue, leftSample] = left.get();
    LoudnessReport report;
    report.integratedLufs = programme.integratedLufs;
    report.loudnessRange = programme.rangeLu;
    report.truePeakDbtp = gainToDb(std::max(leftTrue, right.first));
    report.samplePeakDbfs = gainToDb(std::max(leftSample, right.second));
    return report;
}

} // namespace cadenza

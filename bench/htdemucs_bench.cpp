// SPDX-License-Identifier: GPL-3.0-or-later
// htdemucs-bench [SECONDS] [MODEL_FOLDER]
//
// How fast HTDemucs separates here, as a real-time factor (seconds of audio per second of
// work) and with its peak memory, for a model of the published htdemucs configuration
// (model 955717e8: 48 channels, 512 at the transformer, 5 layers, 7.8 s segments). Without
// MODEL_FOLDER the weights are libtorch's random initialisation: the speed of the arithmetic
// does not depend on the values. The baseline, in the same run and on the same audio: the
// spectral separator that needs no weights. Last, how long a cancel takes to be heard: the
// separation is started again and cancelled after two seconds, mid-segment.

#include "base/ProcessInfo.h"
#include "ml/Device.h"
#include "ml/HTDemucsSeparator.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <thread>

namespace {

using namespace cadenza;
using Clock = std::chrono::steady_clock;

// demucs' conf/config.yaml htdemucs section with the grid's overrides and tools/export.py's
// segment (docs/models.md, tests/data/htdemucs/README.md).
const char* kPublished = R"({
  "sources": ["drums", "bass", "other", "vocals"], "audio_channels": 2, "samplerate": 44100,
  "segment": "39/5", "channels": 48, "growth": 2, "nfft": 4096, "cac": true, "depth": 4,
  "rewrite": true, "freq_emb": 0.2, "emb_scale": 10, "kernel_size": 8, "stride": 4,
  "context": 1, "context_enc": 0, "norm_starts": 4, "norm_groups": 4, "dconv_mode": 3,
  "dconv_depth": 2, "dconv_comp": 8, "bottom_channels": 512, "t_layers": 5,
  "t_hidden_scale": 4.0, "t_heads": 8, "t_layer_scale": true, "t_gelu": true, "t_emb": "sin",
  "t_norm_in": true, "t_norm_first": true, "t_norm_out": true, "t_cross_first": false
})";

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double megabytes(std::int64_t bytes) {
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

StereoBuffer testMix(double seconds) {
    StereoBuffer mix(44100, static_cast<std::size_t>(seconds * 44100));
    std::mt19937 random(1);
    std::normal_distribution<float> noise(0.0f, 0.02f);
    for (std::size_t i = 0; i < mix.frames(); ++i) {
        const double t = static_cast<double>(i) / 44100.0;
        const double kick = std::fmod(t, 0.5) < 0.05 ? 0.5 * std::sin(2 * M_PI * 55 * t) : 0.0;
        mix.left[i] = static_cast<float>(0.2 * std::sin(2 * M_PI * 220 * t) + kick) + noise(random);
        mix.right[i] = static_cast<float>(0.2 * std::sin(2 * M_PI * 330 * t) + kick) + noise(random);
    }
    return mix;
}

} // namespace

int main(int argc, char** argv) {
    const double seconds = argc > 1 ? std::atof(argv[1]) : 30.0;
    configureTorchThreads();
    const auto mix = testMix(seconds);

    resetPeakResident();
    const auto before = residentBytes();
    auto start = Clock::now();
    HTDemucsBag bag;
    if (argc > 2) {
        bag = loadHTDemucs(argv[2], chooseDevice(true));
    } else {
        bag.models.push_back(buildHTDemucsRandom(nlohmann::json::parse(kPublished)));
        bag.weights = {std::vector<double>(4, 1.0)};
    }
    std::int64_t parameters = 0;
    for (const auto& model : bag.models)
        for (const auto& p : model->parameters())
            parameters += p.numel();
    std::printf("HTDemucs: %zu model(s), %lld parameters (%.1f MB as float32), segment %.2f s, loaded in %.2f s\n",
                bag.models.size(), static_cast<long long>(parameters), megabytes(parameters * 4),
                static_cast<double>(bag.config().trainingLength) / bag.config().samplerate, secondsSince(start));
    std::printf("%s, %.0f s of stereo audio at 44.1 kHz\n", describeDevice(chooseDevice(true)).c_str(), seconds);

    resetPeakResident();
    const auto loaded = residentBytes();
    start = Clock::now();
    separateWithHTDemucs(mix, bag);
    const double neural = secondsSince(start);
    const auto neuralPeak = peakResidentBytes() - loaded;

    resetPeakResident();
    const auto idle = residentBytes();
    start = Clock::now();
    separateSpectral(mix);
    const double spectral = secondsSince(start);
    const auto spectralPeak = peakResidentBytes() - idle;

    std::printf("%-10s %9s %8s %14s\n", "method", "seconds", "RTF", "peak extra MB");
    std::printf("%-10s %9.2f %7.2fx %14.0f\n", "htdemucs", neural, seconds / neural, megabytes(neuralPeak));
    std::printf("%-10s %9.2f %7.2fx %14.0f\n", "spectral", spectral, seconds / spectral, megabytes(spectralPeak));
    std::printf("htdemucs takes %.1fx the spectral method's time; weights and model: %.0f MB resident\n",
                neural / spectral, megabytes(loaded - before));

    HTDemucsRun run;
    Clock::time_point cancelledAt;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::seconds(2));
        cancelledAt = Clock::now();
        run.cancel.cancel();
    });
    try {
        separateWithHTDemucs(mix, bag, run);
    } catch (const OperationCancelled&) {
    }
    const auto stopped = Clock::now();
    canceller.join(); // cancelledAt is read only once the thread that wrote it has ended
    const double heard = std::chrono::duration<double>(stopped - cancelledAt).count();
    std::printf("a cancel mid-segment was heard after %.2f s\n", heard);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace cadenza {

// What a MusicGen generation is asked for and what it returns, as they cross from the
// programs into the libtorch module (PluginEntry.h). No libtorch types, so core/engine can
// use them.

// The defaults are those of the published checkpoints' generation_config.json.
struct MusicgenSampling {
    double guidanceScale = 3.0;   // classifier-free guidance; 1 turns it off
    int topK = 250;               // 0: every token
    double topP = 1.0;            // nucleus sampling; 1 turns it off
    double temperature = 1.0;     // 0: greedy (the most likely token)
    double windowSeconds = 30.0;  // generated natively at once (the model's training length)
    double overlapSeconds = 10.0; // of a window, re-fed as the prompt of the next one
};

// The rate MusicGen-melody's feature extractor takes a melody at.
inline constexpr int kMelodySampleRate = 32000;

struct MusicgenRequest {
    std::string modelFolder; // a Hugging Face MusicGen checkpoint folder
    std::string text;
    // A melody to follow (MusicGen-melody checkpoints only): mono audio at
    // kMelodySampleRate; empty: none.
    std::vector<float> melody;
    double seconds = 10.0;
    std::uint64_t seed = 0;
    MusicgenSampling sampling;
    bool allowCuda = true;
    // Called after each decoding step, with the steps done and the steps in all.
    std::function<void(std::int64_t step, std::int64_t steps)> onStep;
    // Called when a stage starts: "load", "text", "decode", "codec".
    std::function<void(const std::string& stage)> onStage;
    const CancelToken* cancel = nullptr;
};

struct MusicgenResult {
    StereoBuffer audio; // at the codec's rate (32 kHz); mono models give two equal channels
    std::string device; // where it ran
    std::int64_t steps = 0;
    std::int64_t weightBytes = 0;       // the networks' parameters, as held on the device
    std::int64_t peakResidentBytes = 0; // the process's peak resident memory afterwards
    std::int64_t gpuMemoryBytes = 0;    // the GPU's memory in use afterwards; 0 on the CPU or unknown
};

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Progress.h"
#include "transcribe/Posteriorgrams.h"

#include <torch/types.h>

#include <array>
#include <filesystem>
#include <vector>

namespace cadenza {

// Spotify's Basic Pitch (Bittner et al., ICASSP 2022; github.com/spotify/basic-pitch), the
// published network in plain libtorch operations, with the weights of its TensorFlow.js
// conversion (model.json and its shard, read by name):
//  - a constant-Q transform inside the network: 36 bins an octave from 27.5 Hz, one
//    complex 256-tap kernel applied octave by octave, each octave down a 256-tap
//    anti-alias filter and a stride of 2 (nnAudio's CQT2010v2), 309 bins kept;
//  - log power normalised per window, and a folded batch norm;
//  - harmonic stacking: 8 copies shifted to the harmonics 0.5 and 1-7, 264 bins;
//  - the contour, note and onset stacks (2-D convolutions, TensorFlow's "same" padding).
class BasicPitch {
  public:
    static constexpr int kWindowSamples = 43844; // AUDIO_N_SAMPLES
    static constexpr int kWindowFrames = 172;
    static constexpr int kOverlapFrames = 30; // 15 dropped at either end of a window
    static constexpr int kOverlapSamples = kOverlapFrames * Posteriorgrams::kHop;
    static constexpr int kWindowHop = kWindowSamples - kOverlapSamples; // 36,164

    // Loads folder/model.json and its shard. Throws std::runtime_error naming the file and
    // the weight when one is missing, mis-shaped or damaged.
    explicit BasicPitch(const std::filesystem::path& folder, bool allowCuda = false);

    struct Outputs {
        torch::Tensor contour; // [windows, 172, 264]
        torch::Tensor note;    // [windows, 172, 88]
        torch::Tensor onset;   // [windows, 172, 88]
    };
    // The network on a batch of windows, [windows, 43844] at 22,050 Hz.
    Outputs forward(const torch::Tensor& windows) const;

    // The whole recording (mono, 22,050 Hz), windowed as the reference's inference.py
    // does (3,840 samples of silence first, windows of 43,844 samples every 36,164, 15
    // frames dropped at either end of each) and unwrapped to one matrix per output, cut to
    // the reference's length.
    Posteriorgrams run(const std::vector<float>& audio, const CancelToken& cancel = {},
                       const ProgressCallback& progress = {}) const;

  private:
    static constexpr int kOctaves = 9;
    torch::Device device_;
    std::array<torch::Tensor, kOctaves> cqtReal_, cqtImag_; // [36, 1, 256]
    std::array<torch::Tensor, kOctaves> lowpass_;           // [1, 1, 256]; none for the top octave
    torch::Tensor lengthScale_;                             // [309, 1]: sqrt of each kernel's length
    double logFloor_ = 1e-10, logScale_ = 0;
    torch::Tensor bnScale_, bnOffset_;
    torch::Tensor contourConv_, contourBias_, contourOut_, contourOutBias_;
    torch::Tensor noteConv_, noteBias_, noteOut_, noteOutBias_;
    torch::Tensor onsetConv_, onsetBias_, onsetOut_, onsetOutBias_;

    torch::Tensor constantQ(const torch::Tensor& audio) const;
};

} // namespace cadenza

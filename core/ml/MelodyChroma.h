// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/types.h>

#include <vector>

namespace cadenza {

// The melody conditioning of MusicGen-melody, computed as transformers'
// MusicgenMelodyFeatureExtractor does from a recording: the power spectrogram (16384-point
// FFT, hop 4096, Hann window, centred frames with reflected edges, normalised by the
// window's energy) summed into 12 pitch classes by librosa's chroma filter bank, and of each
// frame only its strongest pitch class kept (one-hot).
struct ChromaSettings {
    int sampleRate = 32000;
    int fftSize = 16384;
    int hop = 4096;
    int numChroma = 12;
    double maxSeconds = 30; // the extractor's chunk_length: longer recordings are cut
};

// librosa.filters.chroma as transformers' chroma_filter_bank computes it (tuning 0, columns
// L2-normalised, a Gaussian weighting centred on octave 5 with half-width 2, starting at C):
// [numChroma, fftSize / 2 + 1].
torch::Tensor chromaFilterBank(const ChromaSettings& settings = {});

// The one-hot chroma of mono audio at settings.sampleRate: [1, frames, numChroma], a frame
// every `hop` samples. Silence gives pitch class 0, as the reference's argmax does.
torch::Tensor melodyChroma(const std::vector<float>& mono, const ChromaSettings& settings = {});

} // namespace cadenza

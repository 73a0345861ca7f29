// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <complex>
#include <functional>
#include <vector>

namespace cadenza {

// A short-time Fourier transform of one channel that can be inverted: Hann windows of
// `frameSize` every frameSize / 4 samples, with KissFFT's real transforms, and weighted
// overlap-add resynthesis. Any mask whose values sum to one across outputs splits the
// signal into parts that sum back to it exactly (up to rounding). Each call makes its own
// FFT plans (KissFFT's keep scratch space), so one instance serves many threads at once.
class ComplexStft {
  public:
    using Spectrum = std::vector<std::complex<float>>; // frameSize / 2 + 1 bins

    explicit ComplexStft(int frameSize);

    int frameSize() const { return size_; }
    int hop() const { return size_ / 4; }
    std::size_t bins() const { return static_cast<std::size_t>(size_) / 2 + 1; }

    // Frame f covers samples [f * hop - frameSize + hop, f * hop + hop): every sample of
    // the signal, the first and last included, lies in four frames.
    std::vector<Spectrum> analyse(const std::vector<float>& signal) const;
    // Resynthesises `frames` frames, asking spectrumOf(f, spectrum) for each in turn, so
    // that a masked copy of a whole spectrogram need never be held.
    std::vector<float> synthesise(std::size_t frames, const std::function<void(std::size_t, Spectrum&)>& spectrumOf,
                                  std::size_t length) const;

  private:
    std::ptrdiff_t frameStart(std::size_t frame) const {
        return static_cast<std::ptrdiff_t>(frame) * hop() - size_ + hop();
    }

    int size_;
    std::vector<float> window_;
};

} // namespace cadenza

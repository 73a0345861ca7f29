// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/FrameFeatures.h"

#include "dsp/FrequencyScales.h"
#include "dsp/Stft.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cadenza {
namespace {

constexpr int kMelBands = 40;
constexpr int kOnsetBands = 24;
constexpr std::size_t kHighOnsetBand = 19; // the first onset band centred above 5 kHz (Slaney mel, 30 Hz-11 kHz)
constexpr float kPowerFloor = 1e-8f;       // -80 dB below a full-scale sine

// The power of two nearest to 93 ms: 4096 samples at 44.1 kHz.
int frameSizeFor(int sampleRate) {
    int size = 256;
    while (size * 2 <= sampleRate * 0.093 * 1.41)
        size *= 2;
    return size;
}

} // namespace

FrameFeatures computeFrameFeatures(const StereoBuffer& audio, const CancelToken& cancel,
                                   const ProgressCallback& progress) {
    const int frameSize = frameSizeFor(audio.sampleRate);
    const int hop = std::max(1, static_cast<int>(std::lround(audio.sampleRate / 100.0)));
    const auto frames = (audio.frames() + static_cast<std::size_t>(hop) - 1) / static_cast<std::size_t>(hop);
    const auto binCount = static_cast<std::size_t>(frameSize) / 2 + 1;
    const double binHz = static_cast<double>(audio.sampleRate) / frameSize;

    ShortTimeSpectrum stft(frameSize);
    const MelFilterBank mel(kMelBands, frameSize, audio.sampleRate, 30, 11000);
    // Onsets come from a window a quarter as long (23 ms at 44.1 kHz): on a log scale a
    // long window's flux rises as soon as an attack enters its tail, tens of ms early.
    const int onsetFrameSize = frameSize / 4;
    ShortTimeSpectrum onsetStft(onsetFrameSize);
    const MelFilterBank onsetMel(kOnsetBands, onsetFrameSize, audio.sampleRate, 30, 11000);
    std::vector<float> onsetPower(static_cast<std::size_t>(onsetFrameSize / 2 + 1)), onsetBands, onsetLog(kOnsetBands),
        previousOnsetLog(kOnsetBands, 10 * std::log10(kPowerFloor));
    const auto notes = binMidiNotes(frameSize, audio.sampleRate, 60, 4200);
    // Spectral shape is measured up to 16 kHz (or Nyquist); above that is mostly noise.
    const auto shapeBins = std::min(binCount, static_cast<std::size_t>(16000 / binHz) + 1);

    FrameFeatures out;
    out.framesPerSecond = static_cast<double>(audio.sampleRate) / hop;
    out.onsetStrength.resize(frames);
    out.highOnsetStrength.resize(frames);
    out.centroidHz.resize(frames);
    out.rolloffHz.resize(frames);
    out.flatness.resize(frames);
    out.rms.resize(frames);
    out.mfcc.resize(frames);
    out.chroma.resize(frames);

    // DCT-II basis for the cepstrum, orthonormal.
    std::vector<std::array<float, FrameFeatures::kMfccs>> dct(kMelBands);
    for (int b = 0; b < kMelBands; ++b)
        for (std::size_t c = 0; c < FrameFeatures::kMfccs; ++c)
            dct[static_cast<std::size_t>(b)][c] =
                static_cast<float>(std::sqrt((c == 0 ? 1.0 : 2.0) / kMelBands) *
                                   std::cos(M_PI * static_cast<double>(c) * (b + 0.5) / kMelBands));

    std::vector<float> power(binCount), bands, logBands(kMelBands),
        previousLog(kMelBands, 10 * std::log10(kPowerFloor));
    const float magnitudeScale = 4.0f / static_cast<float>(frameSize); // a full-scale sine reads 1
    for (std::size_t f = 0; f < frames; ++f) {
        if (f % 128 == 0) {
            cancel.throwIfCancelled();
            if (progress)
                progress("analyse spectrum", static_cast<double>(f) / static_cast<double>(frames));
        }
        const auto centre = static_cast<std::ptrdiff_t>(f) * hop;
        const auto& magnitudes = stft.magnitudes(audio, centre - frameSize / 2);
        for (std::size_t k = 0; k < binCount; ++k) {
            const float m = magnitudes[k] * magnitudeScale;
            power[k] = m * m;
        }

        mel.apply(power, bands);
        for (std::size_t b = 0; b < bands.size(); ++b)
            logBands[b] = 10 * std::log10(std::max(bands[b], kPowerFloor));
        std::swap(previousLog, logBands);

        // Onset strength: mean rise of the short window's log-mel bands since the last frame.
        const auto& onsetMagnitudes = onsetStft.magnitudes(audio, centre - onsetFrameSize / 2);
        const float onsetScale = 4.0f / static_cast<float>(onsetFrameSize);
        for (std::size_t k = 0; k < onsetPower.size(); ++k)
            onsetPower[k] = onsetMagnitudes[k] * onsetMagnitudes[k] * onsetScale * onsetScale;
        onsetMel.apply(onsetPower, onsetBands);
        float flux = 0, highFlux = 0;
        for (std::size_t b = 0; b < onsetBands.size(); ++b) {
            onsetLog[b] = 10 * std::log10(std::max(onsetBands[b], kPowerFloor));
            const float rise = std::max(0.0f, onsetLog[b] - previousOnsetLog[b]);
            flux += rise;
            if (b >= kHighOnsetBand)
                highFlux += rise;
        }
        out.onsetStrength[f] = flux / kOnsetBands;
        out.highOnsetStrength[f] = highFlux / static_cast<float>(kOnsetBands - kHighOnsetBand);
        std::swap(previousOnsetLog, onsetLog);
        auto& cepstrum = out.mfcc[f];
        cepstrum.fill(0);
        for (std::size_t b = 0; b < previousLog.size(); ++b)
            for (std::size_t c = 0; c < FrameFeatures::kMfccs; ++c)
                cepstrum[c] += dct[b][c] * previousLog[b];

        // Spectral shape.
        double total = 0, weighted = 0, logSum = 0;
        for (std::size_t k = 1; k < shapeBins; ++k) {
            total += power[k];
            weighted += power[k] * static_cast<double>(k) * binHz;
            logSum += std::log(static_cast<double>(power[k]) + kPowerFloor);
        }
        const auto n = static_cast<double>(shapeBins - 1);
        const bool silent = total < kPowerFloor * n;
        out.centroidHz[f] = silent ? 0.0f : static_cast<float>(weighted / total);
        out.flatness[f] = silent ? 1.0f : static_cast<float>(std::exp(logSum / n) / (total / n + kPowerFloor));
        double running = 0;
        std::size_t rolloff = 1;
        while (rolloff < shapeBins - 1 && (running += power[rolloff]) < 0.85 * total)
            ++rolloff;
        out.rolloffHz[f] = silent ? 0.0f : static_cast<float>(static_cast<double>(rolloff) * binHz);

        // Chroma.
        auto& chroma = out.chroma[f];
        chroma.fill(0);
        for (std::size_t k = 0; k < binCount; ++k)
            if (notes[k] >= 0)
                chroma[static_cast<std::size_t>(notes[k] % 12)] += magnitudes[k];
        const float chromaSum = std::accumulate(chroma.begin(), chroma.end(), 0.0f);
        if (!silent && chromaSum > 0)
            for (auto& c : chroma)
                c /= chromaSum;
        else
            chroma.fill(0);

        // Level of the hop itself.
        double energy = 0;
        const auto begin = static_cast<std::size_t>(centre);
        const auto end = std::min(audio.frames(), begin + static_cast<std::size_t>(hop));
        for (std::size_t i = begin; i < end; ++i) {
            const double mono = 0.5 * (audio.left[i] + audio.right[i]);
            energy += mono * mono;
        }
        out.rms[f] = end > begin ? static_cast<float>(std::sqrt(energy / static_cast<double>(end - begin))) : 0.0f;
    }
    return out;
}

} // namespace cadenza

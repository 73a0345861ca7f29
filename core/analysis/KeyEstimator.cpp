// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/KeyEstimator.h"

#include "dsp/FrequencyScales.h"
#include "dsp/Stft.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <vector>

namespace cadenza {
namespace {

constexpr int kFrame = 8192;
constexpr int kHop = 4096;

double correlation(const std::array<double, 12>& a, const std::array<double, 12>& b) {
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / 12;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / 12;
    double num = 0, da = 0, db = 0;
    for (std::size_t i = 0; i < 12; ++i) {
        num += (a[i] - ma) * (b[i] - mb);
        da += (a[i] - ma) * (a[i] - ma);
        db += (b[i] - mb) * (b[i] - mb);
    }
    return da > 0 && db > 0 ? num / std::sqrt(da * db) : 0;
}

} // namespace

KeyEstimate estimateKey(const StereoBuffer& audio) {
    ShortTimeSpectrum stft(kFrame);

    // Each FFT bin's semitone (MIDI note), for bins between 60 Hz and 4.2 kHz.
    constexpr int kLowNote = 30, kHighNote = 108;
    auto binNote = binMidiNotes(kFrame, audio.sampleRate, 60, 4200);
    for (auto& note : binNote)
        if (note < kLowNote || note > kHighNote)
            note = -1;

    KeyEstimate estimate;
    std::array<double, kHighNote + 1> semitones{};
    for (std::size_t start = 0; start + kFrame <= audio.frames(); start += kHop) {
        const auto& magnitudes = stft.magnitudes(audio, static_cast<std::ptrdiff_t>(start));
        semitones.fill(0);
        // Only the spectral peaks count, as in a harmonic pitch-class profile: the tones of
        // the instruments, not the broadband noise of drums and cymbals between them.
        for (std::size_t k = 1; k + 1 < magnitudes.size(); ++k)
            if (binNote[k] >= 0 && magnitudes[k] > magnitudes[k - 1] && magnitudes[k] >= magnitudes[k + 1])
                semitones[static_cast<std::size_t>(binNote[k])] += magnitudes[k];
        // A note's fifth harmonic sounds two octaves and a major third above it, and would
        // read as a pitch class the music does not play (E in a C minor chord): remove the
        // part of each semitone that the note 28 semitones below explains. Walk downwards
        // so each subtraction uses the unaltered lower note.
        for (int note = kHighNote; note >= kLowNote + 28; --note) {
            auto& upper = semitones[static_cast<std::size_t>(note)];
            upper = std::max(0.0, upper - 0.6 * semitones[static_cast<std::size_t>(note - 28)]);
        }
        std::array<double, 12> local{};
        for (int note = kLowNote; note <= kHighNote; ++note)
            local[static_cast<std::size_t>(wrapPitchClass(note))] += semitones[static_cast<std::size_t>(note)];
        // Each frame counts equally, so loud passages do not outvote the rest.
        const double sum = std::accumulate(local.begin(), local.end(), 0.0);
        if (sum > 1e-9)
            for (std::size_t pc = 0; pc < 12; ++pc)
                estimate.chroma[pc] += local[pc] / sum;
    }
    return keyFromChroma(estimate.chroma);
}

KeyEstimate keyFromChroma(const std::array<double, 12>& chroma) {
    KeyEstimate estimate;
    estimate.chroma = chroma;
    const double total = std::accumulate(estimate.chroma.begin(), estimate.chroma.end(), 0.0);
    if (total > 0)
        for (auto& c : estimate.chroma)
            c /= total;

    static constexpr std::array<double, 12> major = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09,
                                                     2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
    static constexpr std::array<double, 12> minor = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53,
                                                     2.54, 4.75, 3.98, 2.69, 3.34, 3.17};
    double best = -2, second = -2;
    std::array<double, 2> bestOfMode{-2, -2}; // major, minor
    for (int tonic = 0; tonic < 12; ++tonic)
        for (const Mode mode : {Mode::Major, Mode::Minor}) {
            std::array<double, 12> rotated{};
            for (int pc = 0; pc < 12; ++pc)
                rotated[static_cast<std::size_t>(pc)] =
                    estimate.chroma[static_cast<std::size_t>(wrapPitchClass(pc + tonic))];
            const double r = correlation(rotated, mode == Mode::Major ? major : minor);
            auto& modeBest = bestOfMode[mode == Mode::Major ? 0 : 1];
            modeBest = std::max(modeBest, r);
            if (r > best) {
                second = best;
                best = r;
                estimate.key = {tonic, mode};
            } else if (r > second) {
                second = r;
            }
        }
    estimate.confidence = best - second;
    estimate.modeStrength = bestOfMode[0] - bestOfMode[1];
    return estimate;
}

} // namespace cadenza

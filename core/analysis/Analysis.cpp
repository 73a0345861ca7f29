// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Analysis.h"

#include "analysis/BeatTracker.h"
#include "analysis/FrameFeatures.h"
#include "analysis/KeyEstimator.h"
#include "audio/Loudness.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace cadenza {
namespace {

double percentile(std::vector<double> values, double fraction) {
    if (values.empty())
        return 0;
    const auto at = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(at), values.end());
    return values[at];
}

// How much of a chroma frame's energy sits on clashing pitch-class pairs: products of the
// pairs' energies weighted by the interval's roughness (minor second and major seventh 1,
// tritone 0.5, major second and minor seventh 0.25), normalised to 0..1.
double chromaDissonance(const std::array<float, 12>& chroma) {
    static constexpr std::array<double, 7> roughness = {0, 1, 0.25, 0, 0, 0, 0.5}; // by interval class
    double clash = 0, all = 0;
    for (std::size_t i = 0; i < 12; ++i)
        for (std::size_t j = i + 1; j < 12; ++j) {
            const double pair = static_cast<double>(chroma[i]) * chroma[j];
            const std::size_t interval = std::min(j - i, 12 - (j - i));
            clash += roughness[interval] * pair;
            all += pair;
        }
    return all > 0 ? clash / all : 0;
}

void summariseFrames(const FrameFeatures& frames, AudioAnalysis& out) {
    // Spectral shape and MFCC statistics over the frames that sound (within 50 dB of the
    // loudest), so that silence at the ends does not drag them down.
    float loudest = 0;
    for (const float r : frames.rms)
        loudest = std::max(loudest, r);
    const float floor = loudest * 0.00316f; // -50 dB
    double count = 0, dissonance = 0;
    std::array<double, 13> square{};
    for (std::size_t f = 0; f < frames.frames(); ++f) {
        if (frames.rms[f] <= floor || loudest <= 0)
            continue;
        ++count;
        out.centroidHz += frames.centroidHz[f];
        out.rolloffHz += frames.rolloffHz[f];
        out.flatness += frames.flatness[f];
        dissonance += chromaDissonance(frames.chroma[f]);
        for (std::size_t c = 0; c < FrameFeatures::kMfccs; ++c) {
            out.mfccMean[c] += frames.mfcc[f][c];
            square[c] += static_cast<double>(frames.mfcc[f][c]) * frames.mfcc[f][c];
        }
    }
    if (count == 0)
        return;
    out.centroidHz /= count;
    out.rolloffHz /= count;
    out.flatness /= count;
    out.dissonance = dissonance / count;
    for (std::size_t c = 0; c < FrameFeatures::kMfccs; ++c) {
        out.mfccMean[c] /= count;
        out.mfccDeviation[c] = std::sqrt(std::max(0.0, square[c] / count - out.mfccMean[c] * out.mfccMean[c]));
    }

    // The energy curve in 100 ms blocks, and its spread in dB over the blocks that sound.
    const auto perBlock = static_cast<std::size_t>(std::max(1.0, std::round(frames.framesPerSecond / out.energyRate)));
    out.energyRate = frames.framesPerSecond / static_cast<double>(perBlock);
    std::vector<double> levels;
    for (std::size_t start = 0; start < frames.frames(); start += perBlock) {
        const auto end = std::min(frames.frames(), start + perBlock);
        double energy = 0;
        for (std::size_t f = start; f < end; ++f)
            energy += static_cast<double>(frames.rms[f]) * frames.rms[f];
        const double rms = std::sqrt(energy / static_cast<double>(end - start));
        out.energyCurve.push_back(static_cast<float>(rms));
        if (rms > floor)
            levels.push_back(20 * std::log10(rms));
    }
    out.dynamics = percentile(levels, 0.95) - percentile(levels, 0.10);
}

// To a multiple of `step` (a power of ten), as the double nearest that decimal, so that
// JSON shows 2.53 rather than 2.5300000000000002.
double rounded(double value, double step) {
    const double scale = std::round(1 / step);
    return std::round(value * scale) / scale;
}

// Every value of a series, rounded, as a JSON array.
nlohmann::json roundedArray(const auto& values, double step) {
    auto out = nlohmann::json::array();
    for (const auto v : values)
        out.push_back(rounded(static_cast<double>(v), step));
    return out;
}

} // namespace

AudioAnalysis analyzeAudio(const StereoBuffer& audio, const ProgressCallback& progress, const CancelToken& cancel) {
    AudioAnalysis out;
    out.duration = audio.seconds();
    const FrameFeatures frames = computeFrameFeatures(audio, cancel, progress);
    summariseFrames(frames, out);

    if (progress)
        progress("analyse loudness", 0);
    const LoudnessReport loudness = measureLoudness(audio, cancel);
    out.lufs = loudness.integratedLufs;
    out.loudnessRange = loudness.loudnessRange;
    out.truePeak = loudness.truePeakDbtp;

    if (progress)
        progress("analyse key", 0);
    cancel.throwIfCancelled();
    const KeyEstimate key = estimateKey(audio);
    out.key = key.key;
    out.keyConfidence = key.confidence;
    out.modeStrength = key.modeStrength;
    out.chroma = key.chroma;

    if (progress)
        progress("analyse structure", 0);
    cancel.throwIfCancelled();
    const BeatGrid grid = trackBeats(frames);
    out.tempo = grid.tempo;
    out.tempoConfidence = grid.confidence;
    out.beats = grid.beats;
    out.sections = segmentSections(frames, out.beats, out.duration);
    return out;
}

std::string analysisToJson(const AudioAnalysis& a) {
    using nlohmann::json;
    json sections = json::array();
    for (const auto& s : a.sections)
        sections.push_back({{"label", s.label}, {"start", rounded(s.start, 0.001)}, {"end", rounded(s.end, 0.001)}});
    json out{
        {"duration", rounded(a.duration, 0.001)},
        {"tempo", rounded(a.tempo, 0.01)},
        {"tempo_confidence", rounded(a.tempoConfidence, 0.01)},
        {"beats", roundedArray(a.beats, 0.001)},
        {"key", a.key.name()},
        {"key_confidence", rounded(a.keyConfidence, 0.001)},
        {"mode_strength", rounded(a.modeStrength, 0.001)},
        {"chroma", roundedArray(a.chroma, 1e-4)},
        {"lufs", rounded(a.lufs, 0.01)},
        {"loudness_range", rounded(a.loudnessRange, 0.01)},
        {"true_peak", rounded(a.truePeak, 0.01)},
        {"dynamics", rounded(a.dynamics, 0.01)},
        {"spectral_centroid", rounded(a.centroidHz, 0.1)},
        {"spectral_rolloff", rounded(a.rolloffHz, 0.1)},
        {"spectral_flatness", rounded(a.flatness, 1e-4)},
        {"dissonance", rounded(a.dissonance, 1e-4)},
        {"energy_rate", a.energyRate},
        {"energy", roundedArray(a.energyCurve, 1e-5)},
        {"mfcc_mean", roundedArray(a.mfccMean, 0.01)},
        {"mfcc_deviation", roundedArray(a.mfccDeviation, 0.01)},
        {"sections", sections},
    };
    if (a.mood) {
        json scores = json::object();
        for (const auto& [label, score] : a.mood->scores)
            scores[label] = rounded(score, 1e-4);
        out["mood"] = {{"label", a.mood->scores.empty() ? "" : a.mood->scores.front().first},
                       {"valence", rounded(a.mood->valence, 1e-3)},
                       {"arousal", rounded(a.mood->arousal, 1e-3)},
                       {"scores", scores}};
    }
    return out.dump();
}

} // namespace cadenza

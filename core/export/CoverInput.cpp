// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CoverInput.h"

#include "audio/AudioFile.h"
#include "music/Music.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace cadenza {
namespace {

constexpr std::size_t kFrame = 512; // about 12 ms at 44.1 kHz

// Mean square of each frame of the mono mix.
std::vector<float> framePower(const StereoBuffer& audio) {
    std::vector<float> power(audio.frames() / kFrame);
    for (std::size_t f = 0; f < power.size(); ++f) {
        double sum = 0;
        for (std::size_t i = f * kFrame; i < (f + 1) * kFrame; ++i) {
            const double m = 0.5 * (audio.left[i] + audio.right[i]);
            sum += m * m;
        }
        power[f] = static_cast<float>(sum / kFrame);
    }
    return power;
}

std::vector<float> energyCurve(const std::vector<float>& power) {
    std::vector<float> curve(CoverInput::kEnergyPoints, 0.0f);
    if (power.empty())
        return curve;
    for (std::size_t p = 0; p < curve.size(); ++p) {
        const std::size_t from = p * power.size() / curve.size();
        const std::size_t to = std::max(from + 1, (p + 1) * power.size() / curve.size());
        double sum = 0;
        for (std::size_t f = from; f < to && f < power.size(); ++f)
            sum += power[f];
        curve[p] = static_cast<float>(std::sqrt(sum / static_cast<double>(to - from)));
    }
    const float peak = *std::max_element(curve.begin(), curve.end());
    if (peak > 0)
        for (auto& v : curve)
            v /= peak;
    return curve;
}

// The onsets (rises of log power) folded onto one bar's sixteenths at the track's tempo,
// starting from the first beat: a fingerprint of the groove.
std::array<float, CoverInput::kRhythmSteps> rhythmFold(const std::vector<float>& power, int sampleRate, double tempo,
                                                       double firstBeat) {
    std::array<float, CoverInput::kRhythmSteps> steps{};
    if (power.size() < 2 || tempo <= 0)
        return steps;
    const double frameSeconds = static_cast<double>(kFrame) / sampleRate;
    const double bar = 4 * 60.0 / tempo;
    for (std::size_t f = 1; f < power.size(); ++f) {
        const double rise = std::log10(power[f] + 1e-9f) - std::log10(power[f - 1] + 1e-9f);
        if (rise <= 0)
            continue;
        const double phase = std::fmod(static_cast<double>(f) * frameSeconds - firstBeat + 100 * bar, bar) / bar;
        steps[static_cast<std::size_t>(phase * CoverInput::kRhythmSteps) % CoverInput::kRhythmSteps] +=
            static_cast<float>(rise);
    }
    const float peak = *std::max_element(steps.begin(), steps.end());
    if (peak > 0)
        for (auto& s : steps)
            s /= peak;
    return steps;
}

// The share of the signal's power in its first difference, a cheap stand-in for the
// spectral centroid: about 0.05 for a bass line, 0.5 and more for cymbals and noise.
float brightness(const StereoBuffer& audio) {
    double total = 0;
    double high = 0;
    for (std::size_t i = 1; i < audio.frames(); i += 2) {
        const double m = audio.left[i] + audio.right[i];
        const double d = m - (audio.left[i - 1] + audio.right[i - 1]);
        total += m * m;
        high += d * d;
    }
    return total > 0 ? static_cast<float>(std::clamp(std::sqrt(high / total / 4), 0.0, 1.0)) : 0.5f;
}

float dynamics(const std::vector<float>& energy) {
    if (energy.empty())
        return 0.5f;
    const double mean = std::accumulate(energy.begin(), energy.end(), 0.0) / static_cast<double>(energy.size());
    double variance = 0;
    for (const float e : energy)
        variance += (e - mean) * (e - mean);
    return static_cast<float>(std::clamp(std::sqrt(variance / static_cast<double>(energy.size())) * 3, 0.0, 1.0));
}

} // namespace

CoverInput coverInput(const TrackRecord& track, const StereoBuffer& audio,
                      const std::optional<std::string>& analysisJson) {
    CoverInput in;
    in.title = track.title;
    in.genre = track.genre;
    in.mood = track.mood;
    in.tempo = track.tempo > 0 ? track.tempo : 120;
    in.seed = track.seed ? static_cast<std::uint64_t>(*track.seed)
                         : std::hash<std::string>{}(track.title + "#" + std::to_string(track.id));
    in.variant = track.coverVariant;
    std::string key = track.key;
    double firstBeat = 0;
    if (analysisJson) {
        const auto analysis = nlohmann::json::parse(*analysisJson, nullptr, false);
        if (analysis.is_object()) {
            if (in.mood.empty() && analysis.contains("mood"))
                in.mood = analysis["mood"].value("label", "");
            if (key.empty())
                key = analysis.value("key", "");
            if (track.tempo <= 0)
                in.tempo = analysis.value("tempo", 120.0);
            if (analysis.contains("beats") && !analysis["beats"].empty())
                firstBeat = analysis["beats"][0].get<double>();
        }
    }
    if (const auto parsed = Key::parse(key)) {
        in.tonic = parsed->tonic;
        in.minor = parsed->mode == Mode::Minor;
    }
    const auto power = framePower(audio);
    in.energy = energyCurve(power);
    in.rhythm = rhythmFold(power, audio.sampleRate, in.tempo, firstBeat);
    in.brightness = brightness(audio);
    in.dynamics = dynamics(in.energy);
    return in;
}

CoverInput coverInput(const TrackFiles& track) {
    return coverInput(track.record, readAudioFile(track.folder / "song.wav"), track.analysis);
}

} // namespace cadenza

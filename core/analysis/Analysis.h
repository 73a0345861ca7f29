// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Segmentation.h"
#include "audio/AudioBuffer.h"
#include "base/Progress.h"
#include "music/Music.h"

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cadenza {

// What Cadenza measures of a recording (`cadenza-cli analyze`, the studio's Analysis panel,
// the analyses table of the project history).
struct AudioAnalysis {
    double duration = 0; // seconds

    double tempo = 0; // BPM
    double tempoConfidence = 0;
    std::vector<double> beats; // seconds

    Key key;
    double keyConfidence = 0;
    double modeStrength = 0; // best major-profile correlation minus best minor's, in [-2, 2]
    std::array<double, 12> chroma{};

    double lufs = -70;        // integrated, EBU R 128
    double loudnessRange = 0; // LU
    double truePeak = -100;   // dBTP
    double dynamics = 0;      // dB between the loud (95th percentile) and quiet (10th) energy of the music

    double centroidHz = 0; // spectral centroid, averaged over the sounding frames
    double rolloffHz = 0;  // 85% rolloff
    double flatness = 0;   // 0 (tonal) .. 1 (noise)
    double dissonance = 0; // chroma energy on clashing intervals (semitones, tritones), 0..1

    double energyRate = 10;         // values per second of energyCurve
    std::vector<float> energyCurve; // RMS, linear, 100 ms blocks

    std::array<double, 13> mfccMean{};
    std::array<double, 13> mfccDeviation{};

    std::vector<DetectedSection> sections;

    // Filled by the mood classifier (core/ml) when its weights are installed.
    struct Mood {
        double valence = 0;                                 // -1 (negative) .. 1 (positive)
        double arousal = 0;                                 // -1 (calm) .. 1 (energetic)
        std::vector<std::pair<std::string, double>> scores; // every label, most likely first; sums to 1
    };
    std::optional<Mood> mood;
};

// Measures everything above but the mood. Progress stages: "analyse spectrum", "analyse loudness",
// "analyse key", "analyse structure". Throws OperationCancelled promptly on cancel.
AudioAnalysis analyzeAudio(const StereoBuffer& audio, const ProgressCallback& progress = {},
                           const CancelToken& cancel = {});

// As JSON (the CLI's --json output and what the database stores), numbers rounded to
// what the measurement resolves.
std::string analysisToJson(const AudioAnalysis& analysis);

// Adds to an analysis what analyzeAudio cannot measure alone: the mood, from a neural model
// (core/ml, through engines/MlPlugin) when its weights are installed.
using AnalysisEnricher = std::function<void(AudioAnalysis&)>;

} // namespace cadenza

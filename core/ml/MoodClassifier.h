// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Analysis.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace cadenza {

// The feature set "analysis-v1" the mood model reads, 49 numbers taken from an analysis:
// MFCC means and deviations (26), the chroma profile rotated to the estimated tonic (12),
// mode strength and key confidence, tempo (log2 of BPM / 120), spectral centroid and
// rolloff (log2 of Hz / 1000) and flatness, energy (mean and spread of the curve in dB),
// dynamics and loudness range (/ 20 dB), and dissonance.
std::vector<float> moodFeatures(const AudioAnalysis& analysis);
inline constexpr int kMoodFeatureCount = 49;
inline constexpr const char* kMoodFeatureSet = "analysis-v1";

// A trained mood classifier: models/mood/ holds manifest.json (labels, feature set, how it
// was trained, its held-out accuracy) and model.safetensors. Runs on CUDA when allowed and
// available, else on the CPU. Safe to call from several threads (inference only).
class MoodClassifier {
  public:
    // Throws std::runtime_error naming what is missing or mismatched (a tensor's name and
    // shape, a feature set this build does not compute).
    static MoodClassifier load(const std::filesystem::path& folder, bool allowCuda = false);
    ~MoodClassifier();
    MoodClassifier(MoodClassifier&&) noexcept;
    MoodClassifier& operator=(MoodClassifier&&) noexcept;

    AudioAnalysis::Mood classify(const AudioAnalysis& analysis) const;
    const std::vector<std::string>& labels() const;
    std::string device() const; // where it runs, in words

  private:
    struct Impl;
    explicit MoodClassifier(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// The installed mood classifier (the first complete model of kind "mood" under `roots`),
// or null when there is none or it does not load; `problem` then says why.
std::shared_ptr<const MoodClassifier> loadInstalledMoodClassifier(const std::vector<std::filesystem::path>& roots,
                                                                  bool allowCuda, std::string* problem = nullptr);

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/MoodClassifier.h"

#include "ml/Device.h"
#include "ml/ModelRegistry.h"
#include "ml/ModuleWeights.h"
#include "ml/MoodNet.h"
#include "ml/SafeTensors.h"

#include <nlohmann/json.hpp>

#include <torch/utils.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <mutex>
#include <numeric>
#include <stdexcept>

namespace cadenza {

std::vector<float> moodFeatures(const AudioAnalysis& a) {
    std::vector<float> f;
    f.reserve(kMoodFeatureCount);
    for (const double m : a.mfccMean)
        f.push_back(static_cast<float>(m / 100));
    for (const double d : a.mfccDeviation)
        f.push_back(static_cast<float>(d / 100));
    for (int pc = 0; pc < 12; ++pc) // relative to the tonic, so the key itself does not count
        f.push_back(static_cast<float>(a.chroma[static_cast<std::size_t>((pc + a.key.tonic) % 12)]));
    f.push_back(static_cast<float>(a.modeStrength));
    f.push_back(static_cast<float>(a.keyConfidence));
    f.push_back(static_cast<float>(a.tempo > 0 ? std::log2(a.tempo / 120) : 0));
    f.push_back(static_cast<float>(a.centroidHz > 0 ? std::log2(a.centroidHz / 1000) : -4));
    f.push_back(static_cast<float>(a.rolloffHz > 0 ? std::log2(a.rolloffHz / 1000) : -4));
    f.push_back(static_cast<float>(a.flatness));
    double mean = 0, square = 0;
    for (const float e : a.energyCurve) {
        const double db = 20 * std::log10(std::max(static_cast<double>(e), 1e-5));
        mean += db;
        square += db * db;
    }
    const auto n = static_cast<double>(std::max<std::size_t>(1, a.energyCurve.size()));
    mean /= n;
    f.push_back(static_cast<float>(mean / 20));
    f.push_back(static_cast<float>(std::sqrt(std::max(0.0, square / n - mean * mean)) / 20));
    f.push_back(static_cast<float>(a.dynamics / 20));
    f.push_back(static_cast<float>(a.loudnessRange / 20));
    f.push_back(static_cast<float>(a.dissonance));
    return f;
}

struct MoodClassifier::Impl {
    Impl(int features, int labelCount, int hidden) : net(features, labelCount, hidden) {}
    MoodNet net;
    std::vector<std::string> labels;
    c10::Device device{c10::DeviceType::CPU};
    std::mutex mutex; // libtorch modules are not documented thread-safe for concurrent forward
};

MoodClassifier::MoodClassifier(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
MoodClassifier::~MoodClassifier() = default;
MoodClassifier::MoodClassifier(MoodClassifier&&) noexcept = default;
MoodClassifier& MoodClassifier::operator=(MoodClassifier&&) noexcept = default;

MoodClassifier MoodClassifier::load(const std::filesystem::path& folder, bool allowCuda) {
    std::ifstream manifestFile(folder / "manifest.json");
    if (!manifestFile)
        throw std::runtime_error((folder / "manifest.json").string() + " is missing");
    const auto manifest = nlohmann::json::parse(manifestFile);
    if (manifest.value("feature_set", "") != kMoodFeatureSet)
        throw std::runtime_error(folder.string() + ": the model reads the feature set '" +
                                 manifest.value("feature_set", "") + "', this build computes '" + kMoodFeatureSet +
                                 "'");
    const auto labels = manifest.at("labels").get<std::vector<std::string>>();
    const int features = manifest.value("features", kMoodFeatureCount);
    if (features != kMoodFeatureCount)
        throw std::runtime_error(folder.string() + ": the model reads " + std::to_string(features) +
                                 " features, the feature set has " + std::to_string(kMoodFeatureCount));
    configureTorchThreads();
    auto impl = std::make_unique<Impl>(features, static_cast<int>(labels.size()), manifest.value("hidden", 64));
    impl->labels = labels;
    const auto weightsPath = folder / "model.safetensors";
    assignModuleWeights(*impl->net, readSafeTensors(weightsPath).tensors, weightsPath.string());
    impl->device = chooseDevice(allowCuda);
    impl->net->to(impl->device);
    impl->net->eval();
    return MoodClassifier(std::move(impl));
}

AudioAnalysis::Mood MoodClassifier::classify(const AudioAnalysis& analysis) const {
    const auto features = moodFeatures(analysis);
    const std::lock_guard lock(impl_->mutex);
    const torch::NoGradGuard noGrad;
    const auto input = torch::tensor(features).reshape({1, kMoodFeatureCount}).to(impl_->device);
    const auto output = impl_->net->forward(input);
    const auto probabilities = torch::softmax(output.logits, 1).to(torch::kCPU).contiguous();
    const auto affect = output.affect.to(torch::kCPU).contiguous();
    AudioAnalysis::Mood mood;
    mood.valence = affect[0][0].item<double>();
    mood.arousal = affect[0][1].item<double>();
    for (std::size_t i = 0; i < impl_->labels.size(); ++i)
        mood.scores.emplace_back(impl_->labels[i], probabilities[0][static_cast<std::int64_t>(i)].item<double>());
    std::stable_sort(mood.scores.begin(), mood.scores.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return mood;
}

const std::vector<std::string>& MoodClassifier::labels() const {
    return impl_->labels;
}

std::string MoodClassifier::device() const {
    return describeDevice(impl_->device);
}

std::shared_ptr<const MoodClassifier> loadInstalledMoodClassifier(const std::vector<std::filesystem::path>& roots,
                                                                  bool allowCuda, std::string* problem) {
    const auto entry = findModel(roots, "mood");
    if (!entry) {
        if (problem)
            *problem = "no mood model is installed";
        return nullptr;
    }
    try {
        return std::make_shared<const MoodClassifier>(MoodClassifier::load(entry->folder, allowCuda));
    } catch (const std::exception& e) {
        if (problem)
            *problem = e.what();
        return nullptr;
    }
}

} // namespace cadenza

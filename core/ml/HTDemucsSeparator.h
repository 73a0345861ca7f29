// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Progress.h"
#include "ml/HTDemucs.h"
#include "separate/SpectralSeparator.h"

#include <c10/core/Device.h>

#include <filesystem>
#include <vector>

namespace cadenza {

// One HTDemucs, or a bag of them (htdemucs_ft: one fine-tuned model per source), each with
// a weight per source; a source's estimate is the weighted mean of the models' (demucs'
// BagOfModels).
struct HTDemucsBag {
    std::vector<HTDemucs> models;
    std::vector<std::vector<double>> weights; // [model][source]
    const HTDemucsConfig& config() const { return models.front()->config; }
};

// Loads a model folder: a model.safetensors with the config.json of its constructor
// arguments ({"kwargs": {...}} as the fixture has it), or the published .th file(s). With
// several .th files, a bag's .yaml (demucs' remote/htdemucs_ft.yaml: "models" and "weights")
// says their order and weights; without one they are averaged alike. Throws
// std::runtime_error naming the file and what is wrong.
HTDemucsBag loadHTDemucs(const std::filesystem::path& folder, c10::Device device);

// Builds one model from its constructor arguments and its state dict.
HTDemucs buildHTDemucs(const nlohmann::json& kwargs, std::map<std::string, torch::Tensor> state,
                       const std::string& source);
// One with libtorch's random initialisation (for timing: the arithmetic does not depend on
// the values).
HTDemucs buildHTDemucsRandom(const nlohmann::json& kwargs);

struct HTDemucsRun {
    double overlap = 0.25; // of each segment with the next
    int shifts = 0;        // extra passes on the input shifted by up to half a second, averaged
    unsigned shiftSeed = 0;
    ProgressCallback progress; // stage "separate", 0..1 over every segment of every model
    CancelToken cancel;        // checked between segments
};

// demucs.apply.apply_model: the mix [channels, length] in segments of the model's training
// length, `overlap` apart, each centred in a window of real samples where there are any,
// cross-faded with triangular weights -> [sources, channels, length].
torch::Tensor applyHTDemucs(HTDemucsBag& bag, const torch::Tensor& mix, const HTDemucsRun& run = {});

// Separates a mix as demucs' separate command does: the track normalised by its mono mean
// and deviation, every model applied, the result scaled back. Sources map to vocals, drums,
// bass and other; any others (htdemucs_6s' guitar and piano) go to other.
SeparatedStems separateWithHTDemucs(const StereoBuffer& mix, HTDemucsBag& bag, const HTDemucsRun& run = {});

} // namespace cadenza

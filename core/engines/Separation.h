// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Progress.h"
#include "separate/SpectralSeparator.h"

#include <filesystem>
#include <string>
#include <utility>

namespace cadenza {

// Which separator splits a recording.
struct SeparationChoice {
    std::filesystem::path userModels;
    bool allowCuda = false;
    std::string model; // a model folder's name; empty: the best one installed
};

// Splits any audio with the best separator installed: a neural one run in the libtorch
// module through MlPlugin (HTDemucs before Open-Unmix) when its weights are in the shipped or
// the user's models, the spectral one otherwise; or with the model the choice names. Returns
// the stems and the method's name: the model's kind ("htdemucs", "open-unmix") or
// "spectral". Throws std::runtime_error when the named model is not installed, or when the
// neural separator cannot run.
std::pair<SeparatedStems, std::string> separateBest(const StereoBuffer& mix, const SeparationChoice& choice,
                                                    const ProgressCallback& progress, const CancelToken& cancel);

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Progress.h"
#include "separate/SpectralSeparator.h"

#include <filesystem>
#include <string>
#include <utility>

namespace cadenza {

// Splits any audio with the best separator installed: the neural one (Open-Unmix, run in
// the libtorch module through MlPlugin) when its weights are in the shipped or the user's
// models, the spectral one otherwise. Returns the stems and the method's name,
// "open-unmix" or "spectral".
std::pair<SeparatedStems, std::string> separateBest(const StereoBuffer& mix, const std::filesystem::path& userModels,
                                                    const ProgressCallback& progress, const CancelToken& cancel);

} // namespace cadenza

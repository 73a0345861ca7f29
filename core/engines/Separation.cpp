// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/Separation.h"

#include "engines/MlPlugin.h"

namespace cadenza {

std::pair<SeparatedStems, std::string> separateBest(const StereoBuffer& mix, const std::filesystem::path& userModels,
                                                    const ProgressCallback& progress, const CancelToken& cancel) {
    if (progress)
        progress("separate", 0);
    if (auto stems = MlPlugin::instance().separate(mix, userModels, cancel))
        return {std::move(*stems), "open-unmix"};
    return {separateSpectral(mix, progress, cancel), "spectral"};
}

} // namespace cadenza

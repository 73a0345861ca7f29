// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/Separation.h"

#include "base/UserError.h"
#include "engines/MlPlugin.h"
#include "ml/ModelRegistry.h"

#include <algorithm>

namespace cadenza {

namespace {

bool separatesStems(const ModelEntry& entry) {
    return entry.kind == "htdemucs" || entry.kind == "open-unmix";
}

std::optional<ModelEntry> chosenModel(const SeparationChoice& choice) {
    const auto models = listModels(modelRoots(choice.userModels));
    if (!choice.model.empty()) {
        const auto named = std::ranges::find(models, choice.model, &ModelEntry::name);
        if (named == models.end() || !separatesStems(*named))
            throw UserError("model", "no separation model named '" + choice.model +
                                         "' is installed (cadenza-cli models lists them)");
        if (!named->complete)
            throw UserError("model", "the model '" + choice.model + "' is damaged: " + named->problem);
        return *named;
    }
    if (!MlPlugin::builtIn())
        return std::nullopt;
    for (const char* kind : {"htdemucs", "open-unmix"})
        if (const auto found =
                std::ranges::find_if(models, [&](const ModelEntry& e) { return e.complete && e.kind == kind; });
            found != models.end())
            return *found;
    return std::nullopt;
}

} // namespace

std::pair<SeparatedStems, std::string> separateBest(const StereoBuffer& mix, const SeparationChoice& choice,
                                                    const ProgressCallback& progress, const CancelToken& cancel) {
    if (progress)
        progress("separate", 0);
    if (const auto model = chosenModel(choice))
        return {MlPlugin::instance().separate(mix, model->folder, model->kind, choice.allowCuda, progress, cancel),
                model->kind};
    return {separateSpectral(mix, progress, cancel), "spectral"};
}

} // namespace cadenza

#pragma once

#include "engine/AnalyzeJob.h"
#include "ml/MusicgenRequest.h"
#include "separate/SpectralSeparator.h"

#include <filesystem>
#include <optional>
#include <string>

namespace cadenza {

// The libtorch module (cadenza-ml.so), loaded on first use: lib/cadenza/ beside the
// program's bin/, or $CADENZA_ML_PLUGIN. Starting a program costs nothing for it.
class MlPlugin {
  public:
    static MlPlugin& instance();

    // Loads it if it is not loaded yet; false (with problem() saying why) when it cannot.
    bool load();
    // Whether it has been loaded, without loading it (never blocks on libtorch).
    bool loaded() const;
    const std::string& problem() const { return problem_; }

    // An enricher that classifies the mood when the module and a mood model are present,
    // and leaves the analysis without a mood otherwise.
    AnalysisEnricher moodEnricher(const std::filesystem::path& userModels, bool allowCuda);
    bool cudaAvailable(); // loads it if need be
    // Separates with the installed neural separator (an "open-unmix" model under the shipped
    // or the user's models), or returns nothing when there is none or it fails (problem()
    // says why); the module is loaded only when such a model is present.
    std::optional<SeparatedStems> separate(const StereoBuffer& mix, const std::filesystem::path& userModels,
                                           const CancelToken& cancel);

    // Generates with MusicGen (the request names the model folder). Throws
    // std::runtime_error saying why when the module or the model cannot run,
    // OperationCancelled on cancel.
    MusicgenResult musicgen(const MusicgenRequest& request);

  private:
    MlPlugin() = default;
    void* handle_ = nullptr; // never closed: libtorch does not unload cleanly
    std::string problem_;
    bool tried_ = false;
    bool (*classifyMood_)(AudioAnalysis*, const char*, bool, const char**) = nullptr;
    bool (*cudaAvailable_)() = nullptr;
    bool (*separate_)(const StereoBuffer*, SeparatedStems*, const char*, const CancelToken*, const char**) = nullptr;
    bool (*musicgen_)(const MusicgenRequest*, MusicgenResult*, const char**) = nullptr;
};

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Analysis.h"
#include "ml/MusicgenRequest.h"
#include "separate/SpectralSeparator.h"
#include "transcribe/Posteriorgrams.h"

#include <filesystem>
#include <optional>
#include <string>

namespace cadenza {

// The libtorch module (cadenza-ml.so), loaded on first use: lib/cadenza/ beside the
// program's bin/, or $CADENZA_ML_PLUGIN. Starting a program costs nothing for it. A build
// made with CADENZA_WITH_TORCH=OFF has no module: load() is false and problem() says so.
//
// Threading: every member may be called from any thread. Loading happens once, under a
// lock; the entry points are then called without it, and the module's own entry points
// serialise what must not run at once (one MusicGen generation at a time). problem()
// returns a copy, taken under the lock, of the last failure.
class MlPlugin {
  public:
    static MlPlugin& instance();

    // Sets what the module's libraries read from the environment when they load (one
    // OpenBLAS thread, since libtorch parallelises each operation itself). setenv is not
    // thread-safe: main() calls this before it starts any thread.
    static void prepareEnvironment();

    // Whether this build has the module at all (CADENZA_WITH_TORCH); when it has not, what
    // that build lacks, in words for the user.
    static bool builtIn();
    static std::string missingFeatures();

    // Loads it if it is not loaded yet; false (with problem() saying why) when it cannot.
    bool load();
    // Whether it has been loaded, without loading it (never blocks on libtorch).
    bool loaded() const;
    std::string problem() const;

    // An enricher that classifies the mood when the module and a mood model are present,
    // and leaves the analysis without a mood otherwise.
    AnalysisEnricher moodEnricher(const std::filesystem::path& userModels, bool allowCuda);
    bool cudaAvailable(); // loads it if need be
    // Separates with a neural separator's folder ("htdemucs" or "open-unmix", as `kind`
    // says). Throws std::runtime_error saying why when the module or the model cannot run,
    // OperationCancelled on cancel.
    SeparatedStems separate(const StereoBuffer& mix, const std::filesystem::path& modelFolder, const std::string& kind,
                            bool allowCuda, const ProgressCallback& progress, const CancelToken& cancel);

    // Generates with MusicGen (the request names the model folder). Throws
    // std::runtime_error saying why when the module or the model cannot run,
    // OperationCancelled on cancel.
    MusicgenResult musicgen(const MusicgenRequest& request);

    // Runs Basic Pitch (a "basic-pitch" model, shipped or under userModels) over mono audio
    // at 22,050 Hz. Throws std::runtime_error saying why when the module or the model
    // cannot run, OperationCancelled on cancel.
    Posteriorgrams transcribe(const std::vector<float>& audio, const std::filesystem::path& userModels, bool allowCuda,
                              const CancelToken& cancel, const ProgressCallback& progress);

  private:
    MlPlugin() = default;
    void* handle_ = nullptr; // never closed: libtorch does not unload cleanly
    std::string problem_;
    bool tried_ = false;
    bool (*classifyMood_)(AudioAnalysis*, const char*, bool, const char**) = nullptr;
    bool (*cudaAvailable_)() = nullptr;
    bool (*separate_)(const StereoBuffer*, SeparatedStems*, const char*, const char*, bool, const CancelToken*,
                      const void*, const char**) = nullptr;
    bool (*musicgen_)(const MusicgenRequest*, MusicgenResult*, const char**) = nullptr;
    bool (*transcribe_)(const std::vector<float>*, Posteriorgrams*, const char*, bool, const CancelToken*, const void*,
                        const char**) = nullptr;
};

} // namespace cadenza

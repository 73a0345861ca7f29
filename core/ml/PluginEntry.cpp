// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/PluginEntry.h"

#include "ml/BasicPitch.h"
#include "ml/Device.h"
#include "ml/HTDemucsSeparator.h"
#include "ml/ModelRegistry.h"
#include "ml/MoodClassifier.h"
#include "ml/MusicgenModel.h"
#include "ml/OpenUnmix.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace {

using namespace cadenza;

// One classifier per (models folder, CUDA allowed), loaded once; failures are remembered
// with their reason.
struct Loaded {
    std::shared_ptr<const MoodClassifier> classifier;
    std::string problem;
};

const Loaded& moodClassifier(const std::string& userModels, bool allowCuda) {
    static std::mutex mutex;
    static std::map<std::pair<std::string, bool>, Loaded> loaded;
    const std::lock_guard lock(mutex);
    const auto key = std::make_pair(userModels, allowCuda);
    if (const auto found = loaded.find(key); found != loaded.end())
        return found->second;
    Loaded entry;
    entry.classifier = loadInstalledMoodClassifier(modelRoots(userModels), allowCuda, &entry.problem);
    return loaded.emplace(key, std::move(entry)).first->second;
}

// Runs an entry point's work: false, with *problem pointing at the message (valid until
// the next failure on this thread), when it throws; a cancel passes through.
template <typename Work> bool reportingFailure(const char** problem, Work&& work) {
    static thread_local std::string why;
    try {
        work();
        return true;
    } catch (const OperationCancelled&) {
        throw;
    } catch (const std::exception& e) {
        why = e.what();
        if (problem)
            *problem = why.c_str();
        return false;
    }
}

// A model kept loaded between calls for one folder and device; another folder or device
// replaces it. Callers serialise on their own mutex.
template <typename Model> class KeptModel {
  public:
    template <typename OnLoad> Model& get(const std::string& folder, bool allowCuda, OnLoad&& onLoad) {
        const auto key = std::make_pair(folder, allowCuda);
        if (!model_ || key_ != key) {
            model_.reset();
            onLoad();
            model_ = std::make_unique<Model>(folder, allowCuda);
            key_ = key;
        }
        return *model_;
    }

  private:
    std::unique_ptr<Model> model_;
    std::pair<std::string, bool> key_;
};

// An HTDemucs model or bag, on the device the user allows.
struct LoadedHTDemucs {
    LoadedHTDemucs(const std::string& folder, bool allowCuda) : bag(loadHTDemucs(folder, chooseDevice(allowCuda))) {}
    HTDemucsBag bag;
};

} // namespace

extern "C" bool cadenza_ml_classify_mood(AudioAnalysis* analysis, const char* userModels, bool allowCuda,
                                         const char** problem) {
    const Loaded& model = moodClassifier(userModels ? userModels : "", allowCuda);
    if (!model.classifier) {
        if (problem)
            *problem = model.problem.c_str();
        return false;
    }
    analysis->mood = model.classifier->classify(*analysis);
    return true;
}

extern "C" bool cadenza_ml_cuda_available() {
    return cudaAvailable();
}

extern "C" bool cadenza_ml_separate(const StereoBuffer* mix, SeparatedStems* out, const char* modelFolder,
                                    const char* kind, bool allowCuda, const CancelToken* cancel, const void* progress,
                                    const char** problem) {
    const auto* report = static_cast<const ProgressCallback*>(progress);
    if (std::string_view(kind) == "open-unmix")
        return reportingFailure(problem, [&] {
            auto models = loadOpenUnmix(modelFolder);
            OpenUnmixRun run;
            run.cancel = *cancel;
            if (report)
                run.progress = *report;
            *out = separateWithOpenUnmix(*mix, models, run);
        });
    // HTDemucs weighs 80-330 MB: one stays loaded, and runs are serialised on it.
    static std::mutex mutex;
    static KeptModel<LoadedHTDemucs> kept;
    const std::lock_guard lock(mutex);
    return reportingFailure(problem, [&] {
        if (std::string_view(kind) != "htdemucs")
            throw std::runtime_error(std::string("no separator of the kind '") + kind + "'");
        LoadedHTDemucs& model = kept.get(modelFolder, allowCuda, [&] {
            if (report && *report)
                (*report)("load", 0);
        });
        HTDemucsRun run;
        run.cancel = *cancel;
        if (report)
            run.progress = *report;
        *out = separateWithHTDemucs(*mix, model.bag, run);
    });
}

extern "C" bool cadenza_ml_musicgen_generate(const MusicgenRequest* request, MusicgenResult* out,
                                             const char** problem) {
    // One checkpoint stays loaded (they are large); requests run one at a time.
    static std::mutex mutex;
    static KeptModel<MusicgenModel> kept;
    const std::lock_guard lock(mutex);
    return reportingFailure(problem, [&] {
        MusicgenModel& model = kept.get(request->modelFolder, request->allowCuda, [&] {
            if (request->onStage)
                request->onStage("load");
        });
        *out = model.generate(*request);
    });
}

extern "C" bool cadenza_ml_transcribe(const std::vector<float>* audio, Posteriorgrams* out, const char* modelFolder,
                                      bool allowCuda, const CancelToken* cancel, const void* progress,
                                      const char** problem) {
    // The network is small (16,782 parameters): one per folder and device stays loaded, and
    // runs are serialised on it.
    static std::mutex mutex;
    static KeptModel<BasicPitch> kept;
    const std::lock_guard lock(mutex);
    return reportingFailure(problem, [&] {
        const BasicPitch& model = kept.get(modelFolder, allowCuda, [] {});
        const auto* report = static_cast<const ProgressCallback*>(progress);
        *out = model.run(*audio, *cancel, report ? *report : ProgressCallback{});
    });
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/MlPlugin.h"

#include "base/ResourcePaths.h"
#include "ml/ModelRegistry.h"

#include <dlfcn.h>

#include <cstdlib>
#include <mutex>

namespace cadenza {
namespace {

std::mutex& pluginMutex() {
    static std::mutex mutex;
    return mutex;
}

#ifdef CADENZA_WITH_TORCH
std::filesystem::path pluginPath() {
    if (const char* path = std::getenv("CADENZA_ML_PLUGIN"))
        return path;
    return moduleDirectory() / "cadenza-ml.so";
}
#endif

} // namespace

MlPlugin& MlPlugin::instance() {
    static MlPlugin plugin;
    return plugin;
}

void MlPlugin::prepareEnvironment() {
    // libtorch parallelises each operation over the cores itself; OpenBLAS threads of its
    // own on top of that contend for the same cores and made MusicGen's decoding steps
    // several times slower (docs/benchmarks.md). OpenBLAS reads it when it loads, with the
    // module; a value the user set stands.
    ::setenv("OPENBLAS_NUM_THREADS", "1", 0);
}

bool MlPlugin::builtIn() {
#ifdef CADENZA_WITH_TORCH
    return true;
#else
    return false;
#endif
}

std::string MlPlugin::missingFeatures() {
    return builtIn() ? std::string()
                     : "this build of Cadenza has no neural models (it was built with CADENZA_WITH_TORCH=OFF): "
                       "MusicGen, HTDemucs and Open-Unmix separation, transcription and the mood classifier are not "
                       "available";
}

bool MlPlugin::load() {
    const std::lock_guard lock(pluginMutex());
    if (tried_)
        return handle_ != nullptr;
    tried_ = true;
#ifndef CADENZA_WITH_TORCH
    problem_ = missingFeatures();
    return false;
#else
    const auto path = pluginPath();
    handle_ = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle_) {
        const char* why = ::dlerror();
        problem_ = "the neural-model module could not be loaded (" + path.string() + "): " + (why ? why : "unknown");
        return false;
    }
    // POSIX guarantees that a dlsym result converts to a function pointer.
    classifyMood_ = reinterpret_cast<decltype(classifyMood_)>(::dlsym(handle_, "cadenza_ml_classify_mood"));
    cudaAvailable_ = reinterpret_cast<decltype(cudaAvailable_)>(::dlsym(handle_, "cadenza_ml_cuda_available"));
    separate_ = reinterpret_cast<decltype(separate_)>(::dlsym(handle_, "cadenza_ml_separate"));
    musicgen_ = reinterpret_cast<decltype(musicgen_)>(::dlsym(handle_, "cadenza_ml_musicgen_generate"));
    transcribe_ = reinterpret_cast<decltype(transcribe_)>(::dlsym(handle_, "cadenza_ml_transcribe"));
    if (!classifyMood_ || !cudaAvailable_ || !separate_ || !musicgen_ || !transcribe_) {
        problem_ = path.string() + " lacks Cadenza's entry points";
        handle_ = nullptr;
        return false;
    }
    return true;
#endif
}

bool MlPlugin::loaded() const {
    const std::lock_guard lock(pluginMutex());
    return handle_ != nullptr;
}

std::string MlPlugin::problem() const {
    const std::lock_guard lock(pluginMutex());
    return problem_;
}

AnalysisEnricher MlPlugin::moodEnricher(const std::filesystem::path& userModels, bool allowCuda) {
    return [this, models = userModels.string(), allowCuda](AudioAnalysis& analysis) {
        if (!load())
            return;
        const char* why = nullptr;
        classifyMood_(&analysis, models.c_str(), allowCuda, &why);
    };
}

bool MlPlugin::cudaAvailable() {
    return load() && cudaAvailable_();
}

SeparatedStems MlPlugin::separate(const StereoBuffer& mix, const std::filesystem::path& modelFolder,
                                  const std::string& kind, bool allowCuda, const ProgressCallback& progress,
                                  const CancelToken& cancel) {
    if (!load())
        throw std::runtime_error(problem());
    SeparatedStems out;
    const char* why = nullptr;
    if (!separate_(&mix, &out, modelFolder.c_str(), kind.c_str(), allowCuda, &cancel, &progress, &why))
        throw std::runtime_error(modelFolder.filename().string() + " could not separate: " + (why ? why : "unknown"));
    return out;
}

MusicgenResult MlPlugin::musicgen(const MusicgenRequest& request) {
    if (!load())
        throw std::runtime_error(problem());
    MusicgenResult result;
    const char* why = nullptr;
    if (!musicgen_(&request, &result, &why))
        throw std::runtime_error(std::string("MusicGen could not run: ") + (why ? why : "unknown"));
    return result;
}

Posteriorgrams MlPlugin::transcribe(const std::vector<float>& audio, const std::filesystem::path& userModels,
                                    bool allowCuda, const CancelToken& cancel, const ProgressCallback& progress) {
    const auto model = findModel(modelRoots(userModels), "basic-pitch");
    if (!model)
        throw std::runtime_error("no transcription model is installed (Basic Pitch ships in share/cadenza/models/"
                                 "basic-pitch; is the installation complete?)");
    if (!load())
        throw std::runtime_error(problem());
    Posteriorgrams out;
    const char* why = nullptr;
    if (!transcribe_(&audio, &out, model->folder.c_str(), allowCuda, &cancel, &progress, &why))
        throw std::runtime_error(std::string("the transcription could not run: ") + (why ? why : "unknown"));
    return out;
}

} // namespace cadenza

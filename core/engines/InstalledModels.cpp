// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/InstalledModels.h"

#include "base/EnumNames.h"
#include "base/UserError.h"
#include "engines/MlPlugin.h"
#include "ml/ModelRegistry.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <stdexcept>

namespace cadenza {
namespace {

struct ModelKind {
    const char* kind;
    const char* title;
    const char* source;
};

// The kinds of model Cadenza uses, and where their published weights come from.
constexpr std::array kKinds = {
    ModelKind{"musicgen", "MusicGen: text to music",
              "Hugging Face facebook/musicgen-small, -medium, -large, -stereo-small, -stereo-medium, "
              "-stereo-large (the folder as published, with spiece.model from t5-base)"},
    ModelKind{"musicgen_melody", "MusicGen-melody: text and a melody to music",
              "Hugging Face facebook/musicgen-melody, -melody-large, -stereo-melody, -stereo-melody-large (the "
              "folder as published, with spiece.model from t5-base)"},
    ModelKind{"htdemucs", "HTDemucs: stem separation",
              "Demucs v4's release files, as published (dl.fbaipublicfiles.com/demucs/hybrid_transformer/): "
              "955717e8-8726e21a.th (htdemucs), the four files of htdemucs_ft with htdemucs_ft.yaml, or "
              "5c90dfd2-34c22ccb.th (htdemucs_6s)"},
    ModelKind{"open-unmix", "Open-Unmix: stem separation",
              "Open-Unmix's umxhq or umxl release weights (sigsep/open-unmix-pytorch), converted to "
              "safetensors (docs/models.md)"},
    ModelKind{"mood", "Mood classifier", "shipped with Cadenza (trained from the project's own songs)"},
    ModelKind{"basic-pitch", "Basic Pitch: transcription to MIDI",
              "shipped with Cadenza (npm @spotify/basic-pitch 1.0.1)"},
};

// Copies in blocks, so that a cancel is heard within one block even in a file of gigabytes.
void copyFile(const std::filesystem::path& from, const std::filesystem::path& to, const CancelToken& cancel) {
    std::ifstream in(from, std::ios::binary);
    std::ofstream out(to, std::ios::binary);
    std::vector<char> block(8 << 20);
    while (in) {
        cancel.throwIfCancelled();
        in.read(block.data(), static_cast<std::streamsize>(block.size()));
        out.write(block.data(), in.gcount());
    }
    out.flush();
    if (!out || in.bad())
        throw std::runtime_error("could not copy " + from.string() + " to " + to.string());
}

void copyTree(const std::filesystem::path& from, const std::filesystem::path& to, const CancelToken& cancel) {
    for (const auto& item : std::filesystem::recursive_directory_iterator(from)) {
        cancel.throwIfCancelled();
        const auto relative = std::filesystem::relative(item.path(), from);
        if (item.is_directory())
            std::filesystem::create_directories(to / relative);
        else if (item.is_regular_file())
            copyFile(item.path(), to / relative, cancel);
    }
}

const ModelKind* kindOf(const std::string& kind) {
    const auto found = std::ranges::find_if(kKinds, [&](const ModelKind& k) { return kind == k.kind; });
    return found == kKinds.end() ? nullptr : &*found;
}

} // namespace

const char* modelStateName(ModelState state) {
    static constexpr EnumNames<ModelState, 3> kNames = {{{ModelState::Installed, "installed"},
                                                         {ModelState::Damaged, "damaged"},
                                                         {ModelState::NotInstalled, "not installed"}}};
    return enumName(kNames, state);
}

std::vector<ModelRow> modelRows(const std::filesystem::path& userModels, bool allowCuda) {
    const auto roots = modelRoots(userModels);
    const std::string device = !MlPlugin::builtIn()                                ? MlPlugin::missingFeatures()
                               : allowCuda && MlPlugin::instance().cudaAvailable() ? "CUDA"
                                                                                   : "CPU";
    std::vector<ModelRow> rows;
    for (const auto& entry : listModels(roots)) {
        const ModelKind* kind = kindOf(entry.kind);
        rows.push_back({.name = entry.name,
                        .kind = entry.kind,
                        .title = kind ? kind->title : "not a kind Cadenza uses",
                        .state = entry.complete ? ModelState::Installed : ModelState::Damaged,
                        .problem = entry.problem,
                        .folder = entry.folder,
                        .bytes = entry.bytes,
                        .device = entry.complete ? device : "",
                        .shipped = entry.folder.parent_path() == roots.front(),
                        .source = kind ? kind->source : ""});
    }
    for (const auto& kind : kKinds)
        if (std::ranges::none_of(
                rows, [&](const ModelRow& r) { return r.kind == kind.kind && r.state == ModelState::Installed; }))
            rows.push_back({.name = kind.kind, .kind = kind.kind, .title = kind.title, .source = kind.source});
    return rows;
}

std::filesystem::path addModelFolder(const std::filesystem::path& source, const std::filesystem::path& userModels,
                                     const CancelToken& cancel) {
    auto folder = source.lexically_normal();
    if (!folder.has_filename()) // "models/musicgen-small/"
        folder = folder.parent_path();
    // One published checkpoint file (demucs' 955717e8-8726e21a.th) becomes a folder of its own.
    const bool singleFile = std::filesystem::is_regular_file(folder);
    if (singleFile) {
        if (folder.extension() != ".th")
            throw UserError("model", source.string() + " is not a model file: a single file must be a published "
                                                       "demucs checkpoint (.th); other models are folders");
        if (const auto problem = torchArchiveProblem(folder); !problem.empty())
            throw UserError("model", "the model file " + source.string() + " is damaged: " + problem);
    } else {
        const auto entry = inspectModel(source);
        if (!entry)
            throw UserError("model", source.string() +
                                         " holds no model: a model folder has a manifest.json, a "
                                         "config.json beside its safetensors weights, or .th checkpoints");
        if (!entry->complete)
            throw UserError("model", "the model in " + source.string() + " is damaged: " + entry->problem);
        if (!kindOf(entry->kind))
            throw UserError("model", "Cadenza has no use for a model of kind '" + entry->kind + "'");
    }
    const std::string name = singleFile ? folder.stem().string() : folder.filename().string();
    auto target = userModels / name;
    if (std::filesystem::exists(target))
        throw UserError("model", "the models folder already has a model named " + name);
    std::filesystem::create_directories(userModels);
    const auto staging = userModels / ("." + name + ".adding");
    std::filesystem::remove_all(staging);
    try {
        std::filesystem::create_directories(staging);
        if (singleFile)
            copyFile(folder, staging / folder.filename(), cancel);
        else
            copyTree(source, staging, cancel);
        std::filesystem::rename(staging, target);
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove_all(staging, ignored);
        throw;
    }
    return target;
}

} // namespace cadenza

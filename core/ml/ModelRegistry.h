// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cadenza {

// A model folder as the registry sees it. A folder holds a model when it has a
// manifest.json ({"name", "kind", "files": [...], ...}); when it is a Hugging Face
// checkpoint folder (config.json beside model.safetensors or its shards), whose kind comes
// from config.json's "model_type" (or "klass": an HTDemucs saved as safetensors); or when it
// holds demucs' published .th checkpoints (kind "htdemucs") or Open-Unmix's published
// <target>-<hash>.pth weights for all four targets (kind "open-unmix").
struct ModelEntry {
    std::string name; // the folder's name unless the manifest says otherwise
    std::string kind; // "mood", "musicgen", ...
    std::filesystem::path folder;
    bool complete = false;  // every file it needs is present and whole
    std::string problem;    // what is missing or damaged (naming the file), when not complete
    std::string manifest;   // manifest.json's (or config.json's) text
    std::int64_t bytes = 0; // the folder's files together
};

// Inspects one folder: nothing when it holds no model (no manifest.json or config.json).
// Each file the model needs must be there; a safetensors file (or shard named by the
// index) must have a readable header whose tensors all lie inside the file, and a .th or
// .pth zip archive its zip directory, so a truncated download is found without loading
// anything (a legacy-format .pth is checked when it is read).
std::optional<ModelEntry> inspectModel(const std::filesystem::path& folder);

// A torch.save archive (a zip, like demucs' .th files) against its size: "" when its end
// record and central directory are where they say, else what is wrong, naming the file. A
// truncated download loses them.
std::string torchArchiveProblem(const std::filesystem::path& file);

// The start of a file torch.save wrote in its legacy format (before PyTorch 1.6): a pickled
// magic number.
inline constexpr std::string_view kLegacyTorchMagic("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19\x2e", 15);
bool isLegacyTorchFile(const std::filesystem::path& path);

// Open-Unmix's published weights for one target in a folder: `<target>-<hash>.pth` (as its
// releases name them) or `<target>.pth`; nothing unless exactly one is there.
std::optional<std::filesystem::path> openUnmixWeightFile(const std::filesystem::path& folder,
                                                         const std::string& target);
// demucs' published checkpoints (.th files) in a folder, sorted.
std::vector<std::filesystem::path> torchCheckpointFiles(const std::filesystem::path& folder);

// Lists the models under each of `roots` (the shipped models, then the user's models
// folder), one level deep; a later root's model of the same name replaces an earlier one.
std::vector<ModelEntry> listModels(const std::vector<std::filesystem::path>& roots);

// Where models are looked for: the ones shipped with Cadenza (share/cadenza/models), then
// the user's models folder.
std::vector<std::filesystem::path> modelRoots(const std::filesystem::path& userModels);

// The first complete model of a kind, if any.
std::optional<ModelEntry> findModel(const std::vector<std::filesystem::path>& roots, const std::string& kind);

} // namespace cadenza

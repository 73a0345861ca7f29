// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/ModelRegistry.h"

#include "base/ResourcePaths.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

namespace cadenza {
namespace {

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A safetensors file's header against its size: "" when whole, else what is wrong.
std::string safetensorsProblem(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::uint64_t headerBytes = 0;
    if (!in.read(reinterpret_cast<char*>(&headerBytes), sizeof headerBytes)) // little-endian, as on x86 and ARM
        return file.filename().string() + " is too short to be a safetensors file";
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error || headerBytes > size - sizeof headerBytes || headerBytes > (100u << 20))
        return file.filename().string() + " has a damaged header";
    std::string header(headerBytes, '\0');
    in.read(header.data(), static_cast<std::streamsize>(headerBytes));
    const auto tensors = nlohmann::json::parse(header, nullptr, false);
    if (!in || !tensors.is_object())
        return file.filename().string() + " has a damaged header";
    const std::uint64_t data = size - sizeof headerBytes - headerBytes;
    for (const auto& [name, tensor] : tensors.items()) {
        if (name == "__metadata__")
            continue;
        const auto range = tensor.is_object() ? tensor.value("data_offsets", nlohmann::json()) : nlohmann::json();
        if (!range.is_array() || range.size() != 2 || !range[1].is_number_unsigned() ||
            range[1].get<std::uint64_t>() > data)
            return file.filename().string() + " is truncated or damaged: tensor '" + name + "' lies outside it";
    }
    return {};
}

} // namespace

std::string torchArchiveProblem(const std::filesystem::path& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    const std::uint64_t tail = std::min<std::uint64_t>(error ? 0 : size, 22 + 65535); // the end record and its comment
    std::ifstream in(file, std::ios::binary);
    std::string bytes(tail, '\0');
    in.seekg(static_cast<std::streamoff>(size - tail));
    if (tail < 22 || !in.read(bytes.data(), static_cast<std::streamsize>(tail)))
        return file.filename().string() + " is too short to be a PyTorch archive";
    const auto end = bytes.rfind(std::string("PK\x05\x06", 4));
    if (end == std::string::npos || end + 22 > bytes.size())
        return file.filename().string() + " is truncated or damaged: it has no zip directory";
    const auto field = [&](std::size_t at) {
        std::uint32_t value = 0;
        std::memcpy(&value, bytes.data() + end + at, sizeof value); // little-endian, as on x86 and ARM
        return value;
    };
    const std::uint32_t directorySize = field(12), directoryOffset = field(16);
    const std::uint64_t endAt = size - tail + end;
    if (directoryOffset != 0xFFFFFFFFu && std::uint64_t{directoryOffset} + directorySize > endAt) // not zip64
        return file.filename().string() + " is truncated or damaged: its zip directory lies outside it";
    return {};
}

bool isLegacyTorchFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string start(kLegacyTorchMagic.size(), '\0');
    return in.read(start.data(), static_cast<std::streamsize>(start.size())) && start == kLegacyTorchMagic;
}

std::optional<std::filesystem::path> openUnmixWeightFile(const std::filesystem::path& folder,
                                                         const std::string& target) {
    std::vector<std::filesystem::path> found;
    std::error_code error;
    for (const auto& item : std::filesystem::directory_iterator(folder, error))
        if (item.path().extension() == ".pth" &&
            (item.path().stem() == target || item.path().stem().string().starts_with(target + "-")))
            found.push_back(item.path());
    if (found.size() != 1)
        return std::nullopt;
    return found.front();
}

std::vector<std::filesystem::path> torchCheckpointFiles(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> out;
    std::error_code error;
    for (const auto& item : std::filesystem::directory_iterator(folder, error))
        if (item.path().extension() == ".th")
            out.push_back(item.path());
    std::sort(out.begin(), out.end());
    return out;
}

namespace {

// Open-Unmix's published weights in a folder, all four targets' (file names), or none.
std::vector<std::string> openUnmixWeights(const std::filesystem::path& folder) {
    std::vector<std::string> out;
    for (const char* target : {"vocals", "drums", "bass", "other"}) {
        const auto file = openUnmixWeightFile(folder, target);
        if (!file)
            return {};
        out.push_back(file->filename().string());
    }
    return out;
}

// The names of the .th checkpoints in a folder, sorted.
std::vector<std::string> torchCheckpoints(const std::filesystem::path& folder) {
    std::vector<std::string> out;
    for (const auto& path : torchCheckpointFiles(folder))
        out.push_back(path.filename().string());
    return out;
}

// The safetensors files of a Hugging Face folder: the one file, or the shards its index names.
std::vector<std::string> safetensorsFiles(const std::filesystem::path& folder, std::string& problem) {
    if (!std::filesystem::exists(folder / "model.safetensors.index.json"))
        return {"model.safetensors"};
    std::ifstream in(folder / "model.safetensors.index.json");
    const auto index = nlohmann::json::parse(in, nullptr, false);
    if (!index.is_object() || !index.contains("weight_map") || !index["weight_map"].is_object()) {
        problem = "model.safetensors.index.json is damaged";
        return {};
    }
    std::vector<std::string> shards;
    for (const auto& [tensor, shard] : index["weight_map"].items())
        if (shard.is_string() && std::ranges::find(shards, shard.get<std::string>()) == shards.end())
            shards.push_back(shard.get<std::string>());
    return shards;
}

std::int64_t folderBytes(const std::filesystem::path& folder) {
    std::int64_t bytes = 0;
    std::error_code error;
    for (const auto& item : std::filesystem::recursive_directory_iterator(folder, error))
        if (item.is_regular_file(error))
            bytes += static_cast<std::int64_t>(item.file_size(error));
    return bytes;
}

} // namespace

std::optional<ModelEntry> inspectModel(const std::filesystem::path& folder) {
    ModelEntry entry;
    entry.folder = folder;
    entry.name = folder.filename().string();
    std::vector<std::string> needed;
    if (std::filesystem::exists(folder / "manifest.json")) {
        entry.manifest = readText(folder / "manifest.json");
        try {
            const auto manifest = nlohmann::json::parse(entry.manifest);
            entry.name = manifest.value("name", entry.name);
            entry.kind = manifest.value("kind", "");
            for (const auto& f : manifest.value("files", nlohmann::json::array()))
                needed.push_back(f.get<std::string>());
        } catch (const nlohmann::json::exception& e) {
            entry.problem = "manifest.json is not valid: " + std::string(e.what());
            return entry;
        }
    } else if (std::filesystem::exists(folder / "config.json")) {
        entry.manifest = readText(folder / "config.json");
        try {
            const auto config = nlohmann::json::parse(entry.manifest);
            entry.kind = config.value("model_type", "");
            // An HTDemucs saved as safetensors: its constructor's arguments beside the weights.
            if (entry.kind.empty() && config.value("klass", "") == "demucs.htdemucs.HTDemucs")
                entry.kind = "htdemucs";
        } catch (const nlohmann::json::exception& e) {
            entry.problem = "config.json is not valid: " + std::string(e.what());
            return entry;
        }
        needed = safetensorsFiles(folder, entry.problem);
        if (!entry.problem.empty())
            return entry;
    } else if (auto checkpoints = torchCheckpoints(folder); !checkpoints.empty()) {
        entry.kind = "htdemucs"; // the published .th files, with a bag's .yaml when several
        needed = std::move(checkpoints);
    } else if (auto weights = openUnmixWeights(folder); !weights.empty()) {
        entry.kind = "open-unmix"; // the published .pth files
        needed = std::move(weights);
    } else {
        return std::nullopt;
    }
    entry.bytes = folderBytes(folder);
    for (const auto& file : needed) {
        if (!std::filesystem::exists(folder / file)) {
            entry.problem = "missing " + file;
            return entry;
        }
        if (file.ends_with(".safetensors"))
            if (entry.problem = safetensorsProblem(folder / file); !entry.problem.empty())
                return entry;
        if ((file.ends_with(".th") || file.ends_with(".pth")) && !isLegacyTorchFile(folder / file))
            if (entry.problem = torchArchiveProblem(folder / file); !entry.problem.empty())
                return entry;
    }
    entry.complete = !entry.kind.empty();
    if (!entry.complete)
        entry.problem = "the manifest names no kind";
    return entry;
}

std::vector<ModelEntry> listModels(const std::vector<std::filesystem::path>& roots) {
    std::vector<ModelEntry> out;
    for (const auto& root : roots) {
        std::error_code error;
        if (!std::filesystem::is_directory(root, error))
            continue;
        std::vector<std::filesystem::path> folders;
        for (const auto& item : std::filesystem::directory_iterator(root, error))
            if (item.is_directory() && !item.path().filename().string().starts_with(".")) // not one being added
                folders.push_back(item.path());
        std::sort(folders.begin(), folders.end());
        for (const auto& folder : folders)
            if (auto entry = inspectModel(folder)) {
                std::erase_if(out, [&](const ModelEntry& e) { return e.name == entry->name; });
                out.push_back(std::move(*entry));
            }
    }
    return out;
}

std::vector<std::filesystem::path> modelRoots(const std::filesystem::path& userModels) {
    return {resourceDirectory() / "models", userModels};
}

std::optional<ModelEntry> findModel(const std::vector<std::filesystem::path>& roots, const std::string& kind) {
    for (auto& entry : listModels(roots))
        if (entry.complete && entry.kind == kind)
            return entry;
    return std::nullopt;
}

} // namespace cadenza

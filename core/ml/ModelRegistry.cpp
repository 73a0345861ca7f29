// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/ModelRegistry.h"

#include "base/ResourcePaths.h"

#include <nlohmann/json.hpp>

#include <algorithm>
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

std::optional<ModelEntry> inspect(const std::filesystem::path& folder) {
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
            entry.kind = nlohmann::json::parse(entry.manifest).value("model_type", "");
        } catch (const nlohmann::json::exception& e) {
            entry.problem = "config.json is not valid: " + std::string(e.what());
            return entry;
        }
        needed.emplace_back(std::filesystem::exists(folder / "model.safetensors.index.json")
                                ? "model.safetensors.index.json"
                                : "model.safetensors");
    } else {
        return std::nullopt;
    }
    for (const auto& file : needed)
        if (!std::filesystem::exists(folder / file)) {
            entry.problem = "missing " + file;
            return entry;
        }
    entry.complete = !entry.kind.empty();
    if (!entry.complete)
        entry.problem = "the manifest names no kind";
    return entry;
}

} // namespace

std::vector<ModelEntry> listModels(const std::vector<std::filesystem::path>& roots) {
    std::vector<ModelEntry> out;
    for (const auto& root : roots) {
        std::error_code error;
        if (!std::filesystem::is_directory(root, error))
            continue;
        std::vector<std::filesystem::path> folders;
        for (const auto& item : std::filesystem::directory_iterator(root, error))
            if (item.is_directory())
                folders.push_back(item.path());
        std::sort(folders.begin(), folders.end());
        for (const auto& folder : folders)
            if (auto entry = inspect(folder)) {
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

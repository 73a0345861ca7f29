// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/Engines.h"

#include "base/UserError.h"

namespace cadenza {

Engines::Engines(const Catalog& catalog, RenderSettings settings, const std::filesystem::path& userModels,
                 bool allowCuda)
    : symbolic_(catalog, settings), musicgen_(userModels, allowCuda) {}

const Engine& Engines::get(const std::string& name) const {
    std::string names;
    for (const Engine* engine : all()) {
        if (engine->name() == name)
            return *engine;
        names += (names.empty() ? "" : ", ") + engine->name();
    }
    throw UserError("engine", "there is no engine \"" + name + "\"; the engines are " + names);
}

const Engine& Engines::usable(const std::string& name) const {
    const Engine& engine = get(name);
    if (const auto status = engine.status(); !status.installed)
        throw UserError("engine", status.problem);
    return engine;
}

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/MusicgenEngine.h"
#include "engines/SymbolicEngine.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cadenza {

struct Catalog;

// The engines a program offers: the symbolic composer, which needs nothing to download,
// and the neural ones, usable once their weights are in the models folder.
class Engines {
  public:
    Engines(const Catalog& catalog, RenderSettings settings, const std::filesystem::path& userModels, bool allowCuda);

    const SymbolicEngine& symbolic() const { return symbolic_; }
    const MusicgenEngine& musicgen() const { return musicgen_; }
    std::vector<const Engine*> all() const { return {&symbolic_, &musicgen_}; }
    // By name; UserError naming the engines there are for an unknown one.
    const Engine& get(const std::string& name) const;
    // By name, refusing (UserError, with how to install it) one that is not installed.
    const Engine& usable(const std::string& name) const;

  private:
    SymbolicEngine symbolic_;
    MusicgenEngine musicgen_;
};

} // namespace cadenza

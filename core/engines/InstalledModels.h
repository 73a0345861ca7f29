// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Progress.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace cadenza {

// Whether a model can be used.
enum class ModelState { Installed, Damaged, NotInstalled };
const char* modelStateName(ModelState state); // "installed", "damaged", "not installed"

// One line of the Models page and of `cadenza-cli models`: a model found in the shipped or
// the user's models folder, or a kind of model Cadenza can use that none provides yet.
struct ModelRow {
    std::string name;  // the folder's name; the kind's for one not installed
    std::string kind;  // "musicgen", "htdemucs", "open-unmix", "mood", "basic-pitch"
    std::string title; // what it does, in words
    ModelState state = ModelState::NotInstalled;
    std::string problem; // damaged: which file and how
    std::filesystem::path folder;
    std::int64_t bytes = 0;
    std::string device;   // where an installed one runs: "CUDA", "CPU", or why it cannot
    bool shipped = false; // comes with Cadenza (share/cadenza/models)
    std::string source;   // where the published weights come from (docs/models.md)
};

// Every model found (the shipped ones, then the user's), then a row for each kind of model
// Cadenza can use that none of them provides. Reads headers only; saying whether CUDA is
// there loads the libtorch module (MlPlugin), once per process: call it off the GUI thread.
std::vector<ModelRow> modelRows(const std::filesystem::path& userModels, bool allowCuda);

// Adds a model folder, or one published demucs checkpoint file (.th, given a folder named
// after it), to the user's models folder: checked first (it must hold a model of a kind
// Cadenza uses, whole), then copied under a temporary name and renamed into place, so a
// cancel, a full disk or a kill leaves nothing half-copied. Returns the new folder. Throws
// UserError("model") for a folder holding no model, a damaged one, one of an unknown kind,
// or a name already taken; OperationCancelled on cancel.
std::filesystem::path addModelFolder(const std::filesystem::path& source, const std::filesystem::path& userModels,
                                     const CancelToken& cancel);

} // namespace cadenza

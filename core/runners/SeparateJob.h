// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobQueue.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace cadenza {

// As JSON; `model` names the separation model's folder (empty: the best installed).
std::string separateParameters(std::int64_t trackId, const std::string& model = {});

// The runner of "separate" jobs: splits a track's song.wav into vocals, drums, bass and
// other and adds a derived track holding the same mix with those four stems, so the stem
// mixer can play them; its lineage names the parent. A neural separator (HTDemucs or
// Open-Unmix, via MlPlugin) is used when its weights are installed (shipped or under
// userModels), on CUDA when allowed and present; the spectral one otherwise; song.json says which.
JobRunner separateJobRunner(std::filesystem::path userModels = {}, bool allowCuda = false);

} // namespace cadenza

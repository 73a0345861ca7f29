// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobQueue.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace cadenza {

std::string separateParameters(std::int64_t trackId); // as JSON

// The runner of "separate" jobs: splits a track's song.wav into vocals, drums, bass and
// other and adds a derived track holding the same mix with those four stems, so the stem
// mixer can play them; its lineage names the parent. The neural separator (Open-Unmix, via
// MlPlugin) is used when its weights are installed (shipped or under userModels), the
// spectral one otherwise; song.json says which.
JobRunner separateJobRunner(std::filesystem::path userModels = {});

} // namespace cadenza

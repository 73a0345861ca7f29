// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobQueue.h"
#include "runners/Visuals.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace cadenza {

std::string videoParameters(std::int64_t trackId, const std::filesystem::path& out); // as JSON

// The runner of video jobs: the music video of a track of the history, made by `render`, to
// the file the parameters name. It adds no track.
JobRunner videoJobRunner(VideoRenderer render);

} // namespace cadenza

#pragma once

#include "jobs/JobQueue.h"

#include <cstdint>
#include <string>

namespace cadenza {

std::string separateParameters(std::int64_t trackId); // as JSON

// The runner of "separate" jobs: splits a track's song.wav into vocals, drums, bass and
// other (separateSpectral) and adds a derived track holding the same mix with those four
// stems, so the stem mixer can play them; its lineage names the parent.
JobRunner separateJobRunner();

} // namespace cadenza

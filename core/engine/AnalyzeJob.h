#pragma once

#include "jobs/JobQueue.h"

#include <cstdint>
#include <string>

namespace cadenza {

std::string analyzeParameters(std::int64_t trackId); // as JSON

// The runner of "analyze" jobs: measures a track of the project history (analyzeAudio on
// its song.wav) and stores the result as the track's analysis. Its result is that track.
JobRunner analyzeJobRunner();

} // namespace cadenza

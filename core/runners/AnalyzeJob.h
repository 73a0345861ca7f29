// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Analysis.h"
#include "jobs/JobQueue.h"

#include <cstdint>
#include <string>

namespace cadenza {

std::string analyzeParameters(std::int64_t trackId); // as JSON

// The runner of "analyze" jobs: measures a track of the project history (analyzeAudio on
// its song.wav, then `enrich`) and stores the result as the track's analysis. Its result
// is that track.
JobRunner analyzeJobRunner(AnalysisEnricher enrich = {});

} // namespace cadenza

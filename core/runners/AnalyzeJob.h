#pragma once

#include "analysis/Analysis.h"
#include "jobs/JobQueue.h"

#include <cstdint>
#include <string>

namespace cadenza {

std::string analyzeParameters(std::int64_t trackId); // as JSON

// Adds to an analysis what core cannot measure alone: the mood, from a neural model
// (core/ml) when its weights are installed.
using AnalysisEnricher = std::function<void(AudioAnalysis&)>;

// The runner of "analyze" jobs: measures a track of the project history (analyzeAudio on
// its song.wav, then `enrich`) and stores the result as the track's analysis. Its result
// is that track.
JobRunner analyzeJobRunner(AnalysisEnricher enrich = {});

} // namespace cadenza

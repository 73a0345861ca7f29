#pragma once

#include "engine/SymbolicEngine.h"
#include "jobs/JobQueue.h"

#include <cstdint>
#include <string>

namespace cadenza {

struct Catalog;

std::string rearrangeParameters(std::int64_t trackId, const std::string& genre); // as JSON

// The runner of "rearrange" jobs: a generated track played in another genre. Its score is
// rebuilt from song.json (prompt, seed and every resolved field), then rearrange() keeps
// the form, chords and melody and writes the new genre's band at its tempo; the engine
// renders and masters it, and the result is a derived track with stems and MIDI. Only
// generated tracks have a score to rebuild: others are refused with a message.
JobRunner rearrangeJobRunner(const Catalog& catalog, const SymbolicEngine& engine);

} // namespace cadenza

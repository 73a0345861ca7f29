// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/SymbolicEngine.h"
#include "jobs/JobQueue.h"

#include <cstdint>
#include <string>

namespace cadenza {

struct Catalog;

std::string rearrangeParameters(std::int64_t trackId, const std::string& genre); // as JSON

// The runner of "rearrange" jobs: a composed track played in another genre. Its score
// (ComposedTrack: score.json, or composed again from song.json), then rearrange() keeps
// the form, chords and melody and writes the new genre's band at its tempo; the engine
// renders and masters it, and the result is a derived track with stems and MIDI.
// Recordings (imported, derived from audio, or made by a neural engine) have no score: for
// them it is an approximation,
// documented in docs/analysis.md: the tempo moves into the genre's range, the genre's
// effect preset is applied, and the genre's drum groove is laid along the detected beats.
JobRunner rearrangeJobRunner(const Catalog& catalog, const SymbolicEngine& engine);

} // namespace cadenza

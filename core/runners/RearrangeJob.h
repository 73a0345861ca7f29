// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/SymbolicEngine.h"
#include "jobs/JobQueue.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace cadenza {

struct Catalog;

// As JSON. `keepAudio`: for a recording, keep its audio and move it towards the genre
// instead of covering it (see below).
std::string rearrangeParameters(std::int64_t trackId, const std::string& genre, bool keepAudio = false);

// The runner of "rearrange" jobs: a track played in another genre. A composed track's
// score (ComposedTrack: score.json, or composed again from song.json), or for a recording
// (imported, derived from audio, or made by a neural engine) the score it implies
// (scoreOfRecording: its melody, from its vocals stem, or from vocals separated from it
// (engines/Separation), its chords and its form, by ear, at its own tempo); then rearrange() keeps the form, chords and
// melody and writes the new genre's band; the engine renders and masters it, and the result is a derived track with
// stems and MIDI, editable like any composed song. With keepAudio, a recording is instead approximated
// (docs/analysis.md; so is every recording in a build without transcription): its tempo moves into the genre's range,
// the genre's effect preset is applied, and the genre's drum groove is laid along the detected beats.
JobRunner rearrangeJobRunner(const Catalog& catalog, const SymbolicEngine& engine,
                             std::filesystem::path userModels = {}, bool allowCuda = true);

} // namespace cadenza

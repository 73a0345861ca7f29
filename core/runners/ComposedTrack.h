// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/SymbolicEngine.h"
#include "music/Score.h"
#include "music/StyleSpec.h"
#include "render/MixLevels.h"
#include "runners/DerivedTrack.h"

#include <optional>

namespace cadenza {

struct Catalog;

// A track the symbolic engine composed: its style and its score.
struct ComposedTrack {
    StyleSpec spec;
    Score score;
    MixLevels levels; // song.json's "levels"; empty for a song made before they were kept
};

// The style (from song.json: the prompt with every field it resolved to) and the score of
// a track: its score.json, or for a song of the symbolic engine made before score.json was
// kept, the same score composed again; and the levels its mix was made with. Nothing for a
// recording (imported, derived from audio, or made by a neural engine).
std::optional<ComposedTrack> composedTrack(const SourceTrack& track, const Catalog& catalog);

// Renders and masters `score` with the symbolic engine into `folder` (song.wav, song.mid,
// score.json, the stems, song.json), keeping what `parent` holds of an edit's parent, whose
// files in `parentFolder` give the stems it left unchanged. Returns the stems' groups.
std::vector<std::string> writeComposedSong(const SymbolicEngine& engine, const StyleSpec& spec, Score score,
                                           const std::filesystem::path& folder, const Catalog& catalog,
                                           const ProgressCallback& progress, const CancelToken& cancel,
                                           const EditBase& parent = {}, const std::filesystem::path& parentFolder = {});

} // namespace cadenza

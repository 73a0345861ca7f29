// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/ScoreEdits.h"
#include "engines/SymbolicEngine.h"
#include "jobs/JobQueue.h"
#include "runners/ComposedTrack.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace cadenza {

struct Catalog;

enum class EditKind { Regenerate, Extend, Remove, Sound, Tempo, Key };

// One edit of a composed track, as the "edit" job's parameters hold it: enough to make the
// same version again.
struct EditRequest {
    std::int64_t track = 0;
    EditKind kind = EditKind::Regenerate;
    int section = -1;         // Regenerate, Remove: its index in song.json's sections
    std::set<EditPart> parts; // Regenerate
    std::string sectionKind;  // Extend: intro, verse, chorus, bridge, solo, breakdown, outro...
    std::optional<int> after; // Extend: the section it follows (the end when absent)
    std::string role;         // Sound
    std::string sound;        // Sound: a palette sound
    int tempo = 0;            // Tempo, BPM
    std::string key;          // Key, as Key::parse reads it
    std::uint64_t seed = 0;   // Regenerate, Extend: the randomness of what is written anew
};

std::string editParameters(const EditRequest& request);         // as JSON
EditRequest parseEditParameters(const std::string& parameters); // UserError for a bad field
// "chorus regenerated", "bridge added", "lead as grand-piano": what a version's title says.
std::string editDescription(const EditRequest& request, const Score& before);

// The edited score; UserError for a request the song cannot take (a section index out of
// range, a sound that cannot play the role). The CLI checks a request with it before queueing.
Score applyEdit(const EditRequest& request, const ComposedTrack& song, const Catalog& catalog);

const char* editPartName(EditPart part);
std::optional<EditPart> parseEditPart(std::string_view name);

// The runner of "edit" jobs: the track's score (ComposedTrack) edited, rendered and mastered
// by the symbolic engine, and added as a new version: a track whose lineage names the
// parent and the edit ("edit", editParameters). The parent is never changed. A recording
// is refused: editing needs a composed song.
JobRunner editJobRunner(const Catalog& catalog, const SymbolicEngine& engine);

} // namespace cadenza

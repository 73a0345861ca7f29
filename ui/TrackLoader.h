// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/AnalysisPanel.h"
#include "ui/ArrangementView.h"

#include "audio/Stem.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

struct Transcription;

// A track as the studio shows and plays it.
struct LoadedTrack {
    ArrangementSong song;
    std::vector<Stem> stems;               // for the player, in the lanes' order
    QString facts;                         // "134 BPM · G# minor · 4/4", for the transport
    std::optional<ComposedFacts> composed; // a composed song's song.json; none for a recording
    double lufs = -70;                     // the mix's integrated loudness (for Compare)
};

// Where a track's lanes come from: its own stems, or for a recording that was separated
// the stems separated from it (its "separate" child's); none: its mix is its one lane.
struct LaneSource {
    std::filesystem::path folder;   // holding <stem>.wav
    std::vector<std::string> stems; // in arrangement order
};

// Reads a track's folder (song.wav, song.json and score.json) and its lanes' stems, with
// its analysis (JSON), whose tempo, beats and sections stand in for a recording's. Runs on
// a pool thread; throws std::runtime_error when the audio cannot be read.
LoadedTrack loadTrack(const std::filesystem::path& folder, const LaneSource& lanes,
                      const std::optional<std::string>& analysis);

// A track's sections, tempo, meter and key: song.json's, or where it has none (a recording)
// its analysis's (JSON). Reads song.json: a pool thread's work.
SongTiming readTiming(const std::filesystem::path& folder, const std::optional<std::string>& analysis);
// "134 BPM · G# minor · 4/4", for the transport.
QString timingFacts(const SongTiming& timing);

// The chords a transcription heard, named as a lead sheet does.
std::vector<ChordMarker> heardChords(const Transcription& transcription);
// A transcription's notes as a lane draws them.
std::vector<LaneNote> laneNotes(const Transcription& transcription);

} // namespace cadenza

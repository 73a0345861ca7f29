// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Music.h"
#include "transcribe/NoteCreation.h"
#include "transcribe/NoteHarmony.h"

#include <optional>
#include <string>
#include <vector>

namespace cadenza {

// The notes found in a recording (or one of its stems), with what a MIDI file of them
// needs to land on the recording's bars in a DAW: its tempo and key, from the analysis.
struct Transcription {
    std::vector<TranscribedNote> notes;
    std::vector<TimedChord> chords; // chordsFromNotes, on the analysis' beats
    std::optional<Key> notesKey;    // keyFromNotes, when there are notes
    double notesKeyConfidence = 0;
    double tempo = 120;
    std::optional<Key> key; // the MIDI file's: the notes' or the analysis' (engines/Transcriber)
    std::string stem;       // the stem transcribed; empty for the whole mix
    double seconds = 0;     // the recording's length
    NoteOptions options;
    std::string model = "basic-pitch";
};

// {"model", "stem", "tempo", "key", "key_from_notes", "key_from_notes_confidence",
// "seconds", "options", "notes": [{"start", "end", "pitch", "velocity", "amplitude",
// "bends"}], "chords": [{"start", "end", "symbol", "root", "intervals"}]}; times in seconds,
// bends in thirds of a semitone, one per frame of 256 samples at 22,050 Hz.
std::string transcriptionToJson(const Transcription& transcription);
// Throws std::runtime_error when the text is not a transcription.
Transcription transcriptionFromJson(const std::string& json);

// MIDI velocity of a note: its amplitude scaled to 1-127, as the reference does.
int noteVelocity(const TranscribedNote& note);

// A Standard MIDI File of the notes at the transcription's tempo and key (one track,
// Electric Piano 1 as the reference writes), the chord symbols as text events, with pitch bends (range ±2 semitones)
// for the notes that overlap no other, as MIDI has one bend per channel; a bent note's bend returns to the centre when
// it ends.
std::string transcriptionMidiBytes(const Transcription& transcription);
// Several transcriptions of one recording (its stems) in one file: a track (and a channel)
// each, named by its stem, at the first one's tempo and key, with its chords.
std::string transcriptionsMidiBytes(const std::vector<Transcription>& transcriptions);

} // namespace cadenza

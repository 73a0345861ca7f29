// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transcribe/Posteriorgrams.h"

#include <vector>

namespace cadenza {

// A note found in a recording. Times are in seconds from the start of the recording.
struct TranscribedNote {
    double start = 0;
    double end = 0;
    int pitch = 60;         // MIDI
    double amplitude = 0;   // the mean note posterior over the note, 0-1
    std::vector<int> bends; // one per frame, in thirds of a semitone from the pitch
};

// The thresholds of the note decoder, with Basic Pitch's defaults (predict()).
struct NoteOptions {
    double onsetThreshold = 0.5;
    double frameThreshold = 0.3;
    double minNoteMs = 127.70; // 11 frames
    bool inferOnsets = true;   // onsets also where the note posterior jumps
    bool melodiaTrick = true;  // notes also from energy left without an onset
    int energyTolerance = 11;  // frames under the frame threshold that end a note
};

// The reference's note creation (basic_pitch/note_creation.py, output_to_notes_polyphonic,
// get_pitch_bends and model_frames_to_time) with its semantics: onsets are peaks in time
// above the threshold, taken from the last to the first; a note lasts until the note
// posterior stays under the frame threshold for `energyTolerance` frames; notes of
// `minNoteMs` or less are dropped; with the melodia trick, the strongest remaining energy
// grows into further notes, forward and backward. The notes come in the reference's order.
// Unlike the reference's loop, which rescans the whole matrix for each melodia note, the
// strongest cell is kept per frame and updated only where a note cleared energy.
std::vector<TranscribedNote> notesFromPosteriorgrams(const Posteriorgrams& posteriorgrams,
                                                     const NoteOptions& options = {});

// The minimum note length in frames for `minNoteMs`, rounded as the reference does.
int minNoteFrames(double minNoteMs);

// The time, in seconds, of a frame of the unwrapped posteriorgrams (the reference's
// model_frames_to_time, with its per-window alignment offset).
double frameTime(int frame);

} // namespace cadenza

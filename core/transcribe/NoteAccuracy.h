// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Score.h"
#include "transcribe/NoteCreation.h"
#include "transcribe/NoteHarmony.h"

#include <vector>

namespace cadenza {

// How well transcribed notes match known ones, with mir_eval's definitions
// (mir_eval.transcription.precision_recall_f1_overlap): a pair matches when the pitches
// are within 50 cents (here: equal MIDI notes), the onsets within 50 ms and, with offsets,
// the offsets within max(50 ms, 20% of the reference note's length); each note matches at
// most one other, and the number of matches is the largest such pairing (a maximum
// bipartite matching, not a greedy one).
struct NoteScores {
    int reference = 0;
    int estimated = 0;
    int matched = 0;
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

NoteScores noteScores(const std::vector<TranscribedNote>& reference, const std::vector<TranscribedNote>& estimated,
                      bool withOffsets);

// How many of a score's bars the chords heard agree with: at each bar's middle, the same
// root and the same third (minor or major; a chord without one counts as major).
int barsWithTheScoresChord(const Score& score, const std::vector<TimedChord>& heard);

// The notes of a part of a score, in seconds (the reference notes of a rendered stem).
std::vector<TranscribedNote> partNotes(const Score& score, const Part& part);

} // namespace cadenza

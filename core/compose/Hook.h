// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Score.h"
#include "music/StyleSpec.h"

#include <vector>

namespace cadenza {

// The sections a hook is sung in: every chorus; a form without one uses its drops, and
// one without either its most energetic sections.
std::vector<const ScoreSection*> hookSections(const Score& score);

// Chords that fit the hook, bar by bar, in the score's key: of the key's diatonic triads,
// the one whose tones hold the most of the bar's melody (by length; the note on the
// downbeat counts four times, one on the bar's other strong beats twice; notes outside
// count against), the tonic preferred on the first and last bar.
// Replaces the chords of the hook's sections with them, the hook's bars repeated to fill
// each section. Call before the band is written, so that it plays these chords.
void harmonizeHook(Score& score, const Hook& hook);

// Sings the hook in each of its sections, repeated to fill them, in place of the notes the
// lead had there: by the lead part that played the most in that section (a genre may give
// its chorus a lead sound of its own), an octave chosen so that its middle sits where the
// rest of the lead's melody does.
void placeHook(Score& score, const Hook& hook);

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Score.h"
#include "music/StyleSpec.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace cadenza {

struct Catalog;

// The parts a section regeneration may write anew: the melody (the lead), the chords (the
// chord progression and the harmony, pad and arp parts that play it), the bass, the drums.
enum class EditPart { Melody, Chords, Bass, Drums };

// The EditPart a part of that role belongs to: lead, melody; bass; drums; the rest, chords.
EditPart editPartOf(const std::string& role);

// Edits of a composed song's score. Each returns a new score and leaves every note it does
// not name as it was; `spec` is the song's style (genre, mood, instruments) and `seed` the
// randomness of what is written anew, so an edit with equal inputs gives an equal score.
// Bad input (a section index out of range, a sound that cannot play the role) throws
// UserError naming the field.

// New material for section `index` in the same style, for the parts named: every note and
// chord that starts outside the section stays; notes written into it end by its end.
Score regenerateSection(const Score& score, const StyleSpec& spec, int index, const std::set<EditPart>& parts,
                        std::uint64_t seed, const Catalog& catalog);

// A section of `kind` (a kind of sections.json) inserted after section `after`, or at the
// end: the music after it moves later by its length. A chorus repeats the song's first
// chorus (its chords and every part's notes, the hook among them); another kind is
// composed in the song's style with `seed`.
Score extendSong(const Score& score, const StyleSpec& spec, const std::string& kind, std::optional<int> after,
                 std::uint64_t seed, const Catalog& catalog);

// Section `index` taken out: the music after it moves earlier by its length, and notes
// that rang into it end where it began.
Score removeSection(const Score& score, int index);

// Every part of `role` played by `sound`, a sound of the palette that can play that role.
Score swapSound(const Score& score, const std::string& role, const std::string& sound, const Catalog& catalog);

// The same bars at `bpm` (40-240): the song's length, its tail included, scales.
Score changeTempo(const Score& score, int bpm);

// The song moved to `key`: every pitched note and chord to the nearest transposition of
// the new tonic; between major and minor, the third, sixth and seventh degrees move too.
Score changeKey(const Score& score, const Key& key);

// The section `index` spans, in ticks: [first, second).
std::pair<Tick, Tick> sectionTicks(const Score& score, int index);

} // namespace cadenza

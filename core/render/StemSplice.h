// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "music/Score.h"

#include <cstddef>
#include <string>
#include <vector>

namespace cadenza {

// Where an edit that rewrote ticks [from, until) of some parts (a regenerated section)
// renders them again, and where its new audio replaces its parent's, in frames of the song:
//   - the parts are rendered from `renderFrom` to `renderUntil` only (scoreExcerpt);
//     `renderFrom` comes a few seconds before the section and before every note of theirs
//     still sounding there, on a frame where the parent's render had a note's frame;
//   - the parent's audio stands until `from` (the section's first frame), after a
//     crossfade of `fade` frames into the new audio before it;
//   - the new audio stands until `until` (the section's end and what rings out of it),
//     then crossfades back into the parent's over `fade` frames, by `renderUntil`.
struct SpliceSpan {
    Tick renderFromTick = 0;
    std::size_t renderFrom = 0;
    std::size_t from = 0;
    std::size_t until = 0;
    std::size_t renderUntil = 0;
    std::size_t fade = 0;
};

// The span of an edit of ticks [from, until) of the parts of `groups`.
SpliceSpan spliceSpan(const Score& score, const std::vector<std::string>& groups, Tick from, Tick until,
                      int sampleRate);

// What the span renders: the score's notes and bends from span.renderFromTick, moved to
// start at zero (its origin), durationSeconds long enough for span.renderUntil. Every part
// stays (its volume, pan and sends), with only its notes in the span.
Score scoreExcerpt(const Score& score, const SpliceSpan& span, int sampleRate);

// Puts `excerpt` (audio that begins at frame `offset` of `target`) into `target` over
// frames [from, until), with `fade` frames of crossfade before `from` (from the target's
// audio into the excerpt's) and after `until` (back). The excerpt must cover those frames
// that lie within the target.
void spliceSpan(StereoBuffer& target, const StereoBuffer& excerpt, std::size_t offset, std::size_t from,
                std::size_t until, std::size_t fade);

} // namespace cadenza

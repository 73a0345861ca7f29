// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"

#include <cstddef>

namespace cadenza {

// An edit that rewrote frames [from, until) of a stem keeps its parent's audio everywhere
// else: before `from` and after `until` the parent's samples stand, with `fade` frames of
// crossfade after `until` from the new audio into the parent's (what rings out of the edit).
// `until` should leave room for the tails (reverb, held notes) that the edit changed.
// Both buffers are the same length.
void spliceStem(StereoBuffer& edited, const StereoBuffer& parent, std::size_t from, std::size_t until,
                std::size_t fade);

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Score.h"
#include "music/StyleSpec.h"

#include <vector>

namespace cadenza {

struct Catalog;

// Writes a song for the spec: form, chords, and a part per role of the genre's band.
// Equal specs give equal scores; the randomness comes from spec.seed alone. A spec with a
// hook has its choruses harmonised to it and sung by the lead (compose/Hook).
Score compose(const StyleSpec& spec, const Catalog& catalog);

// The parts compose() writes for the spec over `skeleton`'s form and chords (its own parts
// are not read): what a section edit takes its new material from.
std::vector<Part> composeBand(const StyleSpec& spec, const Catalog& catalog, const Score& skeleton);

// The same composition played by another band: the form, the chords and the melody of
// `original` kept, drums, bass and chord parts written anew for `target`'s genre (its
// groove, comping, bass idiom and instruments), at target.tempo. The meter stays.
Score rearrange(const Score& original, const StyleSpec& target, const Catalog& catalog);

// The spec's genre's drum groove (with its fills and humanised velocities) laid over a
// recording's beats (seconds), four beats to the bar: every hit is placed within its beat,
// so the drums follow the recording's timing wherever it drifts. The score holds only the
// drum part; its tempo is nominal (120) and its ticks stand for those seconds.
Score drumsOnBeats(const StyleSpec& spec, const Catalog& catalog, const std::vector<double>& beats,
                   double durationSeconds);

} // namespace cadenza

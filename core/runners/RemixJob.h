// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobQueue.h"
#include "remix/Effects.h"
#include "remix/TimePitch.h"

#include <cstdint>
#include <string>

namespace cadenza {

struct Catalog;

// As JSON; an empty preset means no effects.
std::string remixParameters(std::int64_t trackId, const TimePitch& change, const std::string& preset = {});

// The runner of "remix" jobs: changes a track's tempo and pitch (changeTempoAndPitch on
// its song.wav), then runs the named effect preset, writes the result with a song.json,
// and adds it to the project history as a derived track whose lineage names the parent
// and the change. Its tempo and key follow the change. Stems are not carried over: the
// derived track is one mix.
JobRunner remixJobRunner(const Catalog& catalog);

} // namespace cadenza

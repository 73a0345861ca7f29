// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobQueue.h"
#include "runners/Visuals.h"

#include <filesystem>

namespace cadenza {

struct Catalog;
class Engines;

// What the runners need from the program that runs them. The catalog and the engines
// must outlive the queue.
struct RunnerServices {
    const Catalog& catalog;
    const Engines& engines;
    std::filesystem::path userModels; // the user's models folder (the shipped ones are always looked at)
    bool allowCuda = true;
    Visuals visuals; // without them, exports have no cover and videos cannot be made
};

// The runner of every kind of job: the one list that the CLI and the studio share.
JobRunners jobRunners(const RunnerServices& services);

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobQueue.h"

#include <filesystem>
#include <string>

namespace cadenza {

std::string importParameters(const std::filesystem::path& file); // as JSON

// The runner of "import" jobs: decodes the file (importAudio), writes it into the job's
// staging folder as song.wav (44.1 kHz, 24-bit) with a song.json, and adds it to the
// project history as an imported track titled by the file's name. The original file is
// only read.
JobRunner importJobRunner();

} // namespace cadenza

#pragma once

#include "engine/ExportJob.h"
#include "jobs/JobQueue.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace cadenza {

// The cover painter the export jobs take: renderCover at 1024×1024, as PNG.
CoverPainter coverPainter();

std::string videoParameters(std::int64_t trackId, const std::filesystem::path& out); // as JSON

// The runner of "video" jobs: renderMusicVideo of a track of the history to the file the
// parameters name. It adds no track.
JobRunner videoJobRunner();

} // namespace cadenza

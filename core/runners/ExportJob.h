// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/TrackExport.h"
#include "jobs/JobQueue.h"
#include "runners/Visuals.h"

#include <functional>
#include <string>
#include <vector>

namespace cadenza {

// The artist and album written into exported files when the request names none: the
// settings "export.artist" and "export.album", else "Cadenza".
struct ExportCredits {
    std::string artist;
    std::string album;
};
ExportCredits exportCredits(const ProjectDatabase& db);

std::string exportParameters(const ExportRequest& request); // as JSON
ExportRequest parseExportParameters(const std::string& json);

// The runner of "export" jobs: exports a track of the history (exportTrack) with its tags
// and, where the format holds one, the cover the painter draws. It adds no track.
JobRunner exportJobRunner(CoverPainter painter);

} // namespace cadenza

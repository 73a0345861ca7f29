// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Progress.h"
#include "export/CoverInput.h"
#include "export/TrackFiles.h"

#include <filesystem>
#include <functional>
#include <vector>

namespace cadenza {

// What core asks of the pictures library (visual/, which draws with Qt Gui): core defines
// the export and video jobs and stays free of Qt; the front ends hand it these.

// Draws a track's 1024×1024 cover as PNG bytes, to embed in exported files.
using CoverPainter = std::function<std::vector<unsigned char>(const CoverInput&)>;
// Makes a track's music video at `out`; throws on failure, OperationCancelled on cancel.
using VideoRenderer = std::function<void(const TrackFiles& track, const std::filesystem::path& out,
                                         const ProgressCallback& progress, const CancelToken& cancel)>;

struct Visuals {
    CoverPainter paintCover;
    VideoRenderer renderVideo;
};

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Progress.h"
#include "export/TrackFiles.h"

#include <filesystem>
#include <string>

namespace cadenza {

struct VideoSettings {
    int width = 1920;
    int height = 1080;
    int fps = 30;
    std::string ffmpeg = "ffmpeg"; // the program, looked up on PATH
};

// Makes a track's music video: its cover, its title and credits, and spectrum bars that
// move with the music, with a progress line and the time. The frames are drawn here and
// piped to the ffmpeg program as raw YUV 4:2:0, which encodes H.264 (libx264) with the
// track's song.wav as AAC into an MP4 with the index at the front (faststart). Only the
// moving part of each frame is drawn and converted; the rest is drawn once.
//
// The file appears at `out` only when complete. Throws std::runtime_error with ffmpeg's
// message when it fails (or is missing), OperationCancelled within a frame of a cancel.
void renderMusicVideo(const TrackFiles& track, const std::filesystem::path& out, const ProgressCallback& progress = {},
                      const CancelToken& cancel = {}, const VideoSettings& settings = {});

} // namespace cadenza

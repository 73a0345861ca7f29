// SPDX-License-Identifier: GPL-3.0-or-later
#include "visual/Visuals.h"

#include "visual/CoverArt.h"
#include "visual/MusicVideo.h"

namespace cadenza {

Visuals painterVisuals() {
    return {
        .paintCover = [](const CoverInput& input) { return coverPng(input); },
        .renderVideo = [](const TrackFiles& track, const std::filesystem::path& out, const ProgressCallback& progress,
                          const CancelToken& cancel) { renderMusicVideo(track, out, progress, cancel); },
    };
}

} // namespace cadenza

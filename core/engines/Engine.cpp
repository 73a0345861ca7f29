// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/Engine.h"

#include <future>

namespace cadenza {

void masterSong(Song& song, double fadeOutSeconds, const ProgressCallback& progress, const CancelToken& cancel,
                const PartsReady& whileMastering, std::optional<double> stageDb,
                const std::function<void(std::vector<Stem>&)>& staged) {
    if (progress)
        progress("master", 0);
    song.levels.stageDb = stageGain(song.stems, -6.0, stageDb);
    if (staged)
        staged(song.stems);
    std::future<void> parts;
    if (whileMastering)
        parts = std::async(std::launch::async, [&] { whileMastering(song.score, song.stems); });
    try {
        MasterSettings settings;
        settings.fadeOutSeconds = fadeOutSeconds;
        song.master = master(mixStems(song.stems), settings, progress, cancel);
    } catch (...) {
        if (parts.valid())
            parts.wait(); // it uses the song: let it finish before the song goes away
        throw;
    }
    if (parts.valid())
        parts.get(); // rethrows what the callback threw
    if (progress)
        progress("master", 1);
    cancel.throwIfCancelled();
}

} // namespace cadenza

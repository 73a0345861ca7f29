// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/Engine.h"

#include "base/UserError.h"

#include <algorithm>
#include <future>

namespace cadenza {

void requireModel(const Engine& engine, const std::string& name) {
    const auto models = engine.models();
    if (name.empty() || std::ranges::find(models, name) != models.end())
        return;
    std::string installed;
    for (const auto& model : models)
        installed += (installed.empty() ? "" : ", ") + model;
    throw UserError("model", "there is no " + engine.title() + " model named '" + name +
                                 "' in the models folder; installed: " + (installed.empty() ? "none" : installed));
}

void masterSong(Song& song, double fadeOutSeconds, const ProgressCallback& progress, const CancelToken& cancel,
                const PartsReady& whileMastering, const MasterKept& kept) {
    if (progress)
        progress("master", 0);
    song.levels.stageDb = stageGain(song.stems, -6.0, kept.stageDb);
    if (kept.restore)
        kept.restore(song.stems);
    std::future<void> parts;
    if (whileMastering)
        parts = std::async(std::launch::async, [&] { whileMastering(song.score, song.stems); });
    try {
        MasterSettings settings;
        settings.fadeOutSeconds = fadeOutSeconds;
        const StereoBuffer mix = mixStems(song.stems);
        std::optional<MasterResult> remastered;
        if (kept.parentMaster)
            remastered = remasterSpan(mix, *kept.parentMaster, kept.gains, kept.from, kept.until, settings, cancel);
        song.master = remastered ? std::move(*remastered) : master(mix, settings, progress, cancel);
        song.levels.master = song.master.gains;
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/SymbolicEngine.h"

#include "compose/Compose.h"
#include "music/Catalog.h"

#include <chrono>
#include <future>

namespace cadenza {
namespace {

class StageClock {
  public:
    explicit StageClock(std::map<std::string, double>& into) : into_(into) {}
    template <typename F> auto time(const std::string& stage, F&& work) {
        const auto start = std::chrono::steady_clock::now();
        auto result = work();
        into_[stage] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return result;
    }

  private:
    std::map<std::string, double>& into_;
};

} // namespace

SymbolicEngine::SymbolicEngine(const Catalog& catalog, RenderSettings settings)
    : catalog_(catalog), settings_(std::move(settings)) {}

Song SymbolicEngine::generate(const StyleSpec& spec, const ProgressCallback& progress, const CancelToken& cancel,
                              const PartsReady& whileMastering) const {
    if (progress)
        progress("compose", 0);
    const auto start = std::chrono::steady_clock::now();
    Score score = compose(spec, catalog_);
    const double composeSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (progress)
        progress("compose", 1);
    cancel.throwIfCancelled();
    Song song = perform(spec, std::move(score), progress, cancel, whileMastering);
    song.stageSeconds["compose"] = composeSeconds;
    return song;
}

Song SymbolicEngine::perform(const StyleSpec& spec, Score score, const ProgressCallback& progress,
                             const CancelToken& cancel, const PartsReady& whileMastering) const {
    const auto report = [&](std::string_view stage, double fraction) {
        if (progress)
            progress(stage, fraction);
    };
    Song song;
    song.spec = spec;
    song.score = std::move(score);
    StageClock clock(song.stageSeconds);

    song.stems = clock.time("render", [&] { return renderStems(song.score, settings_, progress, cancel); });
    report("render", 1);
    cancel.throwIfCancelled();

    clock.time("master", [&] {
        masterSong(song, std::min(3.0, song.score.durationSeconds * 0.05), progress, cancel, whileMastering);
        return 0;
    });
    return song;
}

EngineCapabilities SymbolicEngine::capabilities() const {
    EngineCapabilities c;
    c.midi = true;
    return c;
}

EngineStatus SymbolicEngine::status() const {
    EngineStatus s;
    std::error_code error;
    if (!std::filesystem::exists(settings_.soundFont, error)) {
        s.installed = false;
        s.problem = "the General MIDI SoundFont " + settings_.soundFont.string() +
                    " is missing: install Debian's fluid-soundfont-gm or set CADENZA_SOUNDFONT";
    }
    return s;
}

} // namespace cadenza

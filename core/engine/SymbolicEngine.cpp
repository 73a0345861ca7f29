#include "engine/SymbolicEngine.h"

#include "compose/Catalog.h"
#include "compose/Compose.h"

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

    report("master", 0);
    stageGain(song.stems);
    std::future<void> parts;
    if (whileMastering)
        parts = std::async(std::launch::async, [&] { whileMastering(song.score, song.stems); });
    try {
        song.master = clock.time("master", [&] {
            MasterSettings settings;
            settings.fadeOutSeconds = std::min(3.0, song.score.durationSeconds * 0.05);
            return master(mixStems(song.stems), settings, progress, cancel);
        });
    } catch (...) {
        if (parts.valid())
            parts.wait(); // it uses the song: let it finish before the song goes away
        throw;
    }
    if (parts.valid())
        parts.get(); // rethrows what the callback threw
    report("master", 1);
    cancel.throwIfCancelled();
    return song;
}

} // namespace cadenza

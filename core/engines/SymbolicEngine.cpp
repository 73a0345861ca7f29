// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/SymbolicEngine.h"

#include "compose/Compose.h"
#include "music/Catalog.h"
#include "render/StemMix.h"
#include "render/StemSplice.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <future>
#include <mutex>

namespace cadenza {
namespace {

constexpr double kSpliceFadeSeconds = 0.05; // from an edit's new audio back into its parent's

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
    : catalog_(catalog), settings_(settings) {}

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
                             const CancelToken& cancel, const PartsReady& whileMastering,
                             const EditBase& parent) const {
    const auto report = [&](std::string_view stage, double fraction) {
        if (progress)
            progress(stage, fraction);
    };
    Song song;
    song.spec = spec;
    song.score = std::move(score);
    StageClock clock(song.stageSeconds);

    // Each stem is mixed (its strip, its sends, the sidechain) as soon as it is rendered.
    const StemMixer mixer(song.score, catalog_.requireGenre(spec.genre), catalog_, settings_.sampleRate);
    // The stems an edit did not change come from its parent; the others are rendered.
    Score toRender = song.score;
    for (const auto& stem : parent.unchanged) {
        std::erase_if(toRender.parts, [&](const Part& part) { return part.group == stem.group; });
        song.levels.stemDb[stem.group] = parent.levels.stemDb.at(stem.group);
    }
    std::mutex levels;
    song.stems = clock.time("render", [&] {
        return renderStems(toRender, catalog_.palette, settings_, progress, cancel, [&](Stem& stem) {
            const auto kept = parent.levels.stemDb.find(stem.group);
            const double levelDb = mixer.mix(
                stem, cancel, kept == parent.levels.stemDb.end() ? std::nullopt : std::optional(kept->second));
            const std::lock_guard lock(levels);
            song.levels.stemDb[stem.group] = levelDb;
        });
    });
    report("render", 1);
    cancel.throwIfCancelled();

    clock.time("master", [&] {
        const auto keepParent = [&](std::vector<Stem>& stems) {
            const auto frame = [&](double seconds) {
                return static_cast<std::size_t>(std::llround(seconds * settings_.sampleRate));
            };
            for (auto& stem : stems)
                for (const auto& old : parent.spliced)
                    if (old.group == stem.group)
                        spliceStem(stem.audio, old.audio, frame(parent.fromSeconds), frame(parent.untilSeconds),
                                   frame(kSpliceFadeSeconds));
            stems.insert(stems.end(), parent.unchanged.begin(), parent.unchanged.end());
            const auto order = song.score.groups();
            std::stable_sort(stems.begin(), stems.end(), [&](const Stem& a, const Stem& b) {
                return std::find(order.begin(), order.end(), a.group) < std::find(order.begin(), order.end(), b.group);
            });
        };
        const bool keeps = !parent.unchanged.empty() || !parent.spliced.empty();
        masterSong(song, std::min(3.0, song.score.durationSeconds * 0.05), progress, cancel, whileMastering,
                   parent.levels.stageDb, keeps ? keepParent : std::function<void(std::vector<Stem>&)>());
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
    // Every sound a genre or an instrument word can ask for must be on disk.
    std::vector<std::string> sounds;
    for (const auto& genre : catalog_.genres)
        for (const auto& [role, style] : genre.roles) {
            sounds.push_back(style.sound);
            for (const auto& [section, sound] : style.sectionSounds)
                sounds.push_back(sound);
        }
    for (const auto& cue : catalog_.instrumentCues)
        sounds.push_back(cue.sound);
    EngineStatus s;
    if (const auto missing = missingSoundFiles(catalog_.palette, sounds); !missing.empty()) {
        s.installed = false;
        s.problem = "the sounds are not all installed (scripts/install-deps.sh installs them): missing ";
        for (std::size_t i = 0; i < missing.size() && i < 4; ++i)
            s.problem += (i ? ", " : "") + missing[i];
        if (missing.size() > 4)
            s.problem += " and " + std::to_string(missing.size() - 4) + " more";
    }
    return s;
}

} // namespace cadenza

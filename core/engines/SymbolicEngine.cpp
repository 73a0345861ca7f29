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
#include <stdexcept>

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

    // The stems an edit did not change come from its parent; the others are rendered: whole,
    // or where it rewrote a span of them, that span only.
    const int rate = settings_.sampleRate;
    Score toRender = song.score;
    for (const auto& stem : parent.unchanged) {
        std::erase_if(toRender.parts, [&](const Part& part) { return part.group == stem.group; });
        song.levels.stemDb[stem.group] = parent.levels.stemDb.at(stem.group);
    }
    std::optional<SpliceSpan> span;
    std::optional<Score> excerpt; // every part over the span, for the sidechain's kicks
    if (!parent.spliced.empty()) {
        if (toRender.groups().size() != parent.spliced.size())
            throw std::logic_error("an edit that splices a span must keep or splice every stem");
        span = spliceSpan(song.score, toRender.groups(), parent.from, parent.until, rate);
        excerpt = scoreExcerpt(song.score, *span, rate);
        toRender = scoreExcerpt(toRender, *span, rate);
    }
    // Each stem is mixed (its strip, its sends, the sidechain) as soon as it is rendered.
    const StemMixer mixer(excerpt ? *excerpt : song.score, catalog_.requireGenre(spec.genre), catalog_, rate);
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
        // Once gain-staged, the rendered stems join the parent's, which are.
        const auto restore = [&](std::vector<Stem>& stems) {
            for (auto& stem : stems)
                for (const auto& old : parent.spliced)
                    if (old.group == stem.group) {
                        StereoBuffer whole = old.audio;
                        spliceSpan(whole, stem.audio, span->renderFrom, span->from, span->until, span->fade);
                        stem.audio = std::move(whole);
                    }
            stems.insert(stems.end(), parent.unchanged.begin(), parent.unchanged.end());
            const auto order = song.score.groups();
            std::stable_sort(stems.begin(), stems.end(), [&](const Stem& a, const Stem& b) {
                return std::find(order.begin(), order.end(), a.group) < std::find(order.begin(), order.end(), b.group);
            });
        };
        MasterKept kept{.stageDb = parent.levels.stageDb};
        if (!parent.unchanged.empty() || span)
            kept.restore = restore;
        if (parent.master.frames() > 0 && parent.levels.master) {
            // The mix changed over the span's frames, or everywhere a part's sound did.
            kept.parentMaster = &parent.master;
            kept.gains = *parent.levels.master;
            kept.from = span ? span->from - std::min(span->from, span->fade) : 0;
            kept.until = span ? span->renderUntil : parent.master.frames();
        }
        masterSong(song, std::min(3.0, song.score.durationSeconds * 0.05), progress, cancel, whileMastering, kept);
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

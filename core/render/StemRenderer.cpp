// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/StemRenderer.h"

#include "base/Denormals.h"
#include "base/RunConcurrently.h"
#include "render/SampleKitPlayer.h"
#include "render/SoundFontPlayer.h"
#include "render/SynthPlayer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <set>

namespace cadenza {

std::vector<std::string> missingSoundFiles(const Palette& palette, const std::vector<std::string>& sounds) {
    std::set<std::string> missing;
    for (const auto& name : sounds) {
        const auto found = palette.sounds.find(name);
        if (found == palette.sounds.end())
            continue;
        for (const auto& file : palette.filesOf(found->second)) {
            std::error_code error;
            if (!std::filesystem::is_regular_file(file, error))
                missing.insert(file.string() + " (Debian's " + palette.packageOf(found->second) + ")");
        }
    }
    return {missing.begin(), missing.end()};
}

std::vector<Stem> renderStems(const Score& score, const Palette& palette, const RenderSettings& settings,
                              const ProgressCallback& progress, const CancelToken& cancel,
                              const std::function<void(Stem&)>& finish) {
    const auto groups = score.groups();
    const auto frames = static_cast<std::size_t>(std::llround(score.durationSeconds * settings.sampleRate));
    // Costliest first, so that the cores finish together: a stem costs what its sounds'
    // notes cost while they sound and ring (PaletteSound::RenderCost, measured per sound).
    std::vector<std::size_t> order(groups.size());
    std::vector<double> cost(groups.size(), 0);
    std::int64_t timelines = 0; // the frames the players of every stem cover, for progress
    for (std::size_t g = 0; g < groups.size(); ++g) {
        order[g] = g;
        std::set<SoundKind> kinds;
        for (const auto& part : score.parts)
            if (part.group == groups[g]) {
                const PaletteSound& sound = palette.sound(part.sound);
                kinds.insert(sound.kind);
                const auto measured = sound.cost.value_or(PaletteSound::RenderCost{});
                for (const auto& note : part.notes)
                    cost[g] += measured.load * (score.secondsAt(note.length) + measured.ringSeconds);
            }
        timelines += static_cast<std::int64_t>(kinds.size() * frames);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return cost[a] > cost[b]; });
    std::vector<Stem> stems(groups.size());
    std::atomic<std::int64_t> framesDone{0};
    std::atomic<bool> abandoned{false};
    const auto advanced = [&](std::int64_t n) { framesDone.fetch_add(n, std::memory_order_relaxed); };
    std::vector<std::function<void()>> tasks;
    tasks.reserve(order.size());
    for (const std::size_t g : order)
        tasks.emplace_back([&, g] {
            const DenormalsFlushed flushed; // the synths' and the reverb's tails decay through them
            try {
                Stem stem{groups[g], StereoBuffer(settings.sampleRate, frames)};
                std::vector<const Part*> fontParts;
                for (const auto& part : score.parts) {
                    if (part.group != groups[g])
                        continue;
                    const PaletteSound& sound = palette.sound(part.sound);
                    switch (sound.kind) {
                    case SoundKind::SoundFont:
                        fontParts.push_back(&part);
                        break;
                    case SoundKind::SampleKit:
                        playSampleKitPart(part, palette.kits.at(sound.kit), sound.gainDb, score, stem.audio, cancel,
                                          advanced);
                        break;
                    case SoundKind::Synth:
                        playSynthPart(part, sound, score, stem.audio, cancel, advanced);
                        break;
                    }
                    if (abandoned)
                        throw OperationCancelled();
                }
                playSoundFontParts(fontParts, palette, score, stem.audio, cancel, abandoned, advanced);
                if (finish)
                    finish(stem);
                stems[g] = std::move(stem);
            } catch (...) {
                abandoned = true; // stop the stems still rendering, too
                throw;
            }
        });
    ConcurrencyOptions options;
    options.threads = settings.threads > 0 ? static_cast<unsigned>(settings.threads) : 0;
    options.whileWaiting = [&] {
        if (progress && timelines > 0)
            progress("render", std::min(1.0, static_cast<double>(framesDone.load()) / static_cast<double>(timelines)));
    };
    runConcurrently(tasks, options);
    cancel.throwIfCancelled();
    return stems;
}

} // namespace cadenza

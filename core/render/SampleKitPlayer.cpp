// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SampleKitPlayer.h"

#include "audio/AudioImport.h"
#include "render/PartGains.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

namespace cadenza {
namespace {

// The decoded samples, by file and rate, for the life of the process.
std::shared_ptr<const StereoBuffer> loadSample(const std::filesystem::path& file, int sampleRate) {
    static std::mutex mutex;
    static std::map<std::pair<std::string, int>, std::shared_ptr<const StereoBuffer>> cache;
    const std::lock_guard lock(mutex);
    auto& entry = cache[{file.string(), sampleRate}];
    if (!entry)
        entry = std::make_shared<const StereoBuffer>(importAudio(file, sampleRate));
    return entry;
}

constexpr std::int64_t kChokeFrames = 441;

struct Hit {
    std::int64_t frame;
    int note;
    int velocity;
};

} // namespace

void playSampleKitPart(const Part& part, const SampleKit& kit, double gainDb, const Score& score, StereoBuffer& out,
                       const CancelToken& cancel, const std::function<void(std::int64_t frames)>& advanced) {
    const int rate = out.sampleRate;
    const auto total = static_cast<std::int64_t>(out.frames());
    const PartGains gains = partGains(part, gainDb);
    std::vector<Hit> hits;
    for (const auto& note : part.notes)
        if (kit.notes.contains(note.pitch))
            hits.push_back({static_cast<std::int64_t>(std::llround(score.secondsAt(note.tick) * rate)), note.pitch,
                            note.velocity});
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.frame < b.frame; });
    const auto chokeGroup = [&](int note) -> const std::set<int>* {
        for (const auto& group : kit.chokes)
            if (group.contains(note))
                return &group;
        return nullptr;
    };
    std::int64_t reported = 0;
    for (std::size_t h = 0; h < hits.size(); ++h) {
        cancel.throwIfCancelled();
        const Hit& hit = hits[h];
        if (hit.frame >= total)
            break;
        const auto sample = loadSample(kit.folder / kit.notes.at(hit.note), rate);
        // Where it stops: its end, or the next hit of its choke group (then it fades out).
        std::int64_t end = std::min<std::int64_t>(total, hit.frame + static_cast<std::int64_t>(sample->frames()));
        std::int64_t chokeAt = end;
        if (const auto* group = chokeGroup(hit.note))
            for (std::size_t later = h + 1; later < hits.size() && hits[later].frame < end; ++later)
                if (group->contains(hits[later].note) && hits[later].frame > hit.frame) {
                    chokeAt = hits[later].frame;
                    end = std::min(end, chokeAt + kChokeFrames);
                    break;
                }
        const double v = hit.velocity / 127.0;
        const auto level = static_cast<float>(std::pow(v, 1.6));
        // A one-pole low-pass whose cutoff rises with the velocity.
        const double cutoff = 1500.0 * std::pow(20000.0 / 1500.0, v * v);
        const auto a = static_cast<float>(1 - std::exp(-2 * M_PI * cutoff / rate));
        float lowL = 0, lowR = 0;
        for (std::int64_t f = hit.frame; f < end; ++f) {
            const auto i = static_cast<std::size_t>(f - hit.frame);
            lowL += a * (sample->left[i] - lowL);
            lowR += a * (sample->right[i] - lowR);
            float g = level;
            if (f >= chokeAt)
                g *= 1.0f - static_cast<float>(f - chokeAt) / kChokeFrames;
            out.left[static_cast<std::size_t>(f)] += g * gains.left * lowL;
            out.right[static_cast<std::size_t>(f)] += g * gains.right * lowR;
        }
        if (advanced && hit.frame > reported) {
            advanced(hit.frame - reported);
            reported = hit.frame;
        }
    }
    if (advanced && total > reported)
        advanced(total - reported);
}

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/StemSplice.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <stdexcept>

namespace cadenza {
namespace {

constexpr double kLeadSeconds = 3; // rendered before the section: the reverbs and echoes fill up again
constexpr double kTailSeconds = 3; // what rings out of the section: reverbs, held notes
constexpr double kFadeSeconds = 0.05;

// The spacing of the ticks that fall on a whole, even frame (the reverbs run at half the
// rate): a note there starts on the same frame of an excerpt as of the whole song.
Tick wholeFrameTicks(const Score& score, int sampleRate) {
    // A tick lasts sampleRate / (8 * tempo) frames: 60 s / (tempo * 480 ticks).
    const long long perTick = 8LL * score.tempo;
    const long long common = std::gcd(static_cast<long long>(sampleRate), perTick);
    const long long frames = sampleRate / common;
    return (perTick / common) * (frames % 2 == 0 ? 1 : 2);
}

Tick ticksIn(const Score& score, double seconds) {
    return static_cast<Tick>(std::ceil(seconds / score.secondsPerTick()));
}

} // namespace

SpliceSpan spliceSpan(const Score& score, const std::vector<std::string>& groups, Tick from, Tick until,
                      int sampleRate) {
    const auto frameAt = [&](Tick tick) {
        return static_cast<std::size_t>(std::llround(score.secondsAt(tick) * sampleRate));
    };
    const auto songFrames = static_cast<std::size_t>(std::llround(score.durationSeconds * sampleRate));
    const std::set<std::string> rendered(groups.begin(), groups.end());
    // Early enough that no note of these parts sounding there is cut: back to the start of
    // any note held across it. (A note that ended before that start has rung out before
    // the section, which is all that the new audio is taken for.)
    const Tick lead = std::max<Tick>(0, from - ticksIn(score, kLeadSeconds));
    Tick start = lead;
    for (const auto& part : score.parts)
        if (rendered.contains(part.group))
            for (const auto& note : part.notes)
                if (note.tick < lead && note.tick + note.length > lead)
                    start = std::min(start, note.tick);
    const Tick step = wholeFrameTicks(score, sampleRate);
    start -= start % step;

    SpliceSpan span;
    span.renderFromTick = start;
    span.renderFrom = frameAt(start);
    span.fade = static_cast<std::size_t>(kFadeSeconds * sampleRate);
    span.from = std::min(frameAt(from), songFrames);
    span.until = std::min(frameAt(until) + static_cast<std::size_t>(kTailSeconds * sampleRate), songFrames);
    span.renderUntil = std::min(span.until + span.fade, songFrames);
    return span;
}

Score scoreExcerpt(const Score& score, const SpliceSpan& span, int sampleRate) {
    Score excerpt;
    excerpt.tempo = score.tempo;
    excerpt.meter = score.meter;
    excerpt.key = score.key;
    excerpt.durationSeconds = static_cast<double>(span.renderUntil - span.renderFrom) / sampleRate;
    const Tick begin = span.renderFromTick;
    excerpt.origin = score.origin + begin;
    const Tick end = begin + ticksIn(score, excerpt.durationSeconds) + 1;
    excerpt.bars = static_cast<int>((end - begin + score.ticksPerBar() - 1) / score.ticksPerBar());
    for (const auto& part : score.parts) {
        Part moved = part;
        moved.notes.clear();
        moved.bends.clear();
        for (const auto& note : part.notes)
            if (note.tick >= begin && note.tick < end)
                moved.notes.push_back({note.tick - begin, note.length, note.pitch, note.velocity});
        // The bend in force where the excerpt begins, then those within it.
        const auto before = std::find_if(part.bends.rbegin(), part.bends.rend(),
                                         [&](const BendEvent& bend) { return bend.tick <= begin; });
        if (before != part.bends.rend() && before->tick < begin)
            moved.bends.push_back({0, before->value});
        for (const auto& bend : part.bends)
            if (bend.tick >= begin && bend.tick < end)
                moved.bends.push_back({bend.tick - begin, bend.value});
        excerpt.parts.push_back(std::move(moved));
    }
    return excerpt;
}

void spliceSpan(StereoBuffer& target, const StereoBuffer& excerpt, std::size_t offset, std::size_t from,
                std::size_t until, std::size_t fade) {
    const std::size_t frames = target.frames();
    from = std::min(from, frames);
    until = std::clamp(until, from, frames);
    const std::size_t fadeIn = std::min(fade, from - std::min(from, offset));
    const std::size_t fadeOut = std::min(fade, frames - until);
    if (offset > from - fadeIn || offset + excerpt.frames() < until + fadeOut)
        throw std::invalid_argument("spliceSpan: the excerpt does not cover the frames it replaces");
    for (auto [out, in] : {std::pair{&target.left, &excerpt.left}, std::pair{&target.right, &excerpt.right}}) {
        const auto at = [&, in = in](std::size_t frame) { return (*in)[frame - offset]; };
        for (std::size_t i = from - fadeIn; i < from; ++i) {
            const float t = static_cast<float>(i - (from - fadeIn) + 1) / static_cast<float>(fadeIn + 1);
            (*out)[i] = (1 - t) * (*out)[i] + t * at(i);
        }
        std::copy(in->begin() + static_cast<std::ptrdiff_t>(from - offset),
                  in->begin() + static_cast<std::ptrdiff_t>(until - offset),
                  out->begin() + static_cast<std::ptrdiff_t>(from));
        for (std::size_t i = until; i < until + fadeOut; ++i) {
            const float t = static_cast<float>(i - until + 1) / static_cast<float>(fadeOut + 1);
            (*out)[i] = (1 - t) * at(i) + t * (*out)[i];
        }
    }
}

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#include "remix/TimePitch.h"

#include "base/UserError.h"

#include <rubberband/RubberBandStretcher.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cadenza {

void TimePitch::validate() const {
    char range[96];
    if (!(tempo >= kSlowest && tempo <= kFastest)) {
        std::snprintf(range, sizeof range, "the tempo factor must be from %.1f to %.1f", kSlowest, kFastest);
        throw UserError("tempo", range);
    }
    if (!(semitones >= kLowest && semitones <= kHighest)) {
        std::snprintf(range, sizeof range, "the pitch must be from %+.0f to %+.0f semitones", kLowest, kHighest);
        throw UserError("pitch", range);
    }
}

StereoBuffer changeTempoAndPitch(const StereoBuffer& audio, const TimePitch& change, const ProgressCallback& progress,
                                 const CancelToken& cancel) {
    change.validate();
    if (change.identity() || audio.frames() == 0)
        return audio;
    using RubberBand::RubberBandStretcher;
    RubberBandStretcher stretcher(static_cast<std::size_t>(audio.sampleRate), 2,
                                  RubberBandStretcher::OptionProcessOffline | RubberBandStretcher::OptionEngineFiner |
                                      RubberBandStretcher::OptionChannelsTogether,
                                  1.0 / change.tempo, std::pow(2.0, change.semitones / 12));
    stretcher.setExpectedInputDuration(audio.frames());
    const std::size_t block = 4096;
    stretcher.setMaxProcessSize(block);

    // Two passes over the input: study (a fifth of the work), then process.
    const auto total = static_cast<double>(audio.frames());
    for (std::size_t at = 0; at < audio.frames(); at += block) {
        cancel.throwIfCancelled();
        const std::size_t n = std::min(block, audio.frames() - at);
        const float* channels[] = {audio.left.data() + at, audio.right.data() + at};
        stretcher.study(channels, n, at + n == audio.frames());
        if (progress)
            progress("stretch", 0.2 * static_cast<double>(at) / total);
    }

    const auto expected = static_cast<std::size_t>(std::llround(total / change.tempo));
    StereoBuffer out;
    out.sampleRate = audio.sampleRate;
    out.left.reserve(expected);
    out.right.reserve(expected);
    std::vector<float> left(block), right(block);
    const auto drain = [&] {
        for (int available; (available = stretcher.available()) > 0;) {
            const auto n = std::min(static_cast<std::size_t>(available), block);
            float* channels[] = {left.data(), right.data()};
            const auto got = stretcher.retrieve(channels, n);
            out.left.insert(out.left.end(), left.begin(), left.begin() + static_cast<std::ptrdiff_t>(got));
            out.right.insert(out.right.end(), right.begin(), right.begin() + static_cast<std::ptrdiff_t>(got));
        }
    };
    for (std::size_t at = 0; at < audio.frames(); at += block) {
        cancel.throwIfCancelled();
        const std::size_t n = std::min(block, audio.frames() - at);
        const float* channels[] = {audio.left.data() + at, audio.right.data() + at};
        stretcher.process(channels, n, at + n == audio.frames());
        drain();
        if (progress)
            progress("stretch", 0.2 + 0.8 * static_cast<double>(at) / total);
    }
    drain();
    // Offline mode with the expected duration set yields exactly `expected` frames; pad or
    // trim the odd frame so that holds whatever the library version.
    out.left.resize(expected, 0.0f);
    out.right.resize(expected, 0.0f);
    return out;
}

} // namespace cadenza

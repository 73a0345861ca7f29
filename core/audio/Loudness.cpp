#include "audio/Loudness.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <thread>
#include <vector>

namespace cadenza {

double dbToGain(double db) {
    return std::pow(10.0, db / 20.0);
}
double gainToDb(double gain) {
    return gain > 0 ? 20.0 * std::log10(gain) : -200.0;
}

namespace {

struct StateDeleter {
    void operator()(ebur128_state* s) const { ebur128_destroy(&s); }
};
using Meter = std::unique_ptr<ebur128_state, StateDeleter>;

// Feeds `channels` of the audio (both, or one of them) through a meter with `mode`.
Meter measure(const StereoBuffer& audio, int mode, const std::vector<const std::vector<float>*>& channels,
              const CancelToken& cancel) {
    Meter state(
        ebur128_init(static_cast<unsigned>(channels.size()), static_cast<unsigned long>(audio.sampleRate), mode));
    if (!state)
        throw std::runtime_error("libebur128 could not start a measurement");
    constexpr std::size_t kBlock = 16384;
    const std::size_t width = channels.size();
    std::vector<float> interleaved(kBlock * width);
    for (std::size_t start = 0; start < audio.frames(); start += kBlock) {
        cancel.throwIfCancelled();
        const std::size_t n = std::min(kBlock, audio.frames() - start);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t c = 0; c < width; ++c)
                interleaved[width * i + c] = (*channels[c])[start + i];
        ebur128_add_frames_float(state.get(), interleaved.data(), n);
    }
    return state;
}

double integrated(ebur128_state* state) {
    double value = 0;
    return ebur128_loudness_global(state, &value) == EBUR128_SUCCESS && std::isfinite(value) ? value : -70.0;
}

} // namespace

double measureIntegratedLoudness(const StereoBuffer& audio, const CancelToken& cancel) {
    return integrated(measure(audio, EBUR128_MODE_I, {&audio.left, &audio.right}, cancel).get());
}

LoudnessReport measureLoudness(const StereoBuffer& audio, const CancelToken& cancel) {
    // True peak and sample peak are per channel: measure each channel on its own thread
    // while this thread measures the loudness of both together.
    double truePeak[2] = {0, 0};
    double samplePeak[2] = {0, 0};
    std::exception_ptr failure[2];
    {
        std::vector<std::jthread> peaks;
        const std::vector<float>* channel[2] = {&audio.left, &audio.right};
        for (unsigned c = 0; c < 2; ++c)
            peaks.emplace_back([&, c] {
                try {
                    const auto state =
                        measure(audio, EBUR128_MODE_TRUE_PEAK | EBUR128_MODE_SAMPLE_PEAK, {channel[c]}, cancel);
                    ebur128_true_peak(state.get(), 0, &truePeak[c]);
                    ebur128_sample_peak(state.get(), 0, &samplePeak[c]);
                } catch (...) {
                    failure[c] = std::current_exception();
                }
            });
        const auto state = measure(audio, EBUR128_MODE_I | EBUR128_MODE_LRA, {&audio.left, &audio.right}, cancel);
        LoudnessReport report;
        report.integratedLufs = integrated(state.get());
        double range = 0;
        if (ebur128_loudness_range(state.get(), &range) == EBUR128_SUCCESS)
            report.loudnessRange = range;
        peaks.clear(); // joins
        for (const auto& f : failure)
            if (f)
                std::rethrow_exception(f);
        report.truePeakDbtp = gainToDb(std::max(truePeak[0], truePeak[1]));
        report.samplePeakDbfs = gainToDb(std::max(samplePeak[0], samplePeak[1]));
        return report;
    }
}

} // namespace cadenza

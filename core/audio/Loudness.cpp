#include "audio/Loudness.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <vector>

namespace cadenza {

double dbToGain(double db) { return std::pow(10.0, db / 20.0); }
double gainToDb(double gain) { return gain > 0 ? 20.0 * std::log10(gain) : -200.0; }

LoudnessReport measureLoudness(const StereoBuffer& audio) {
    const auto destroy = [](ebur128_state* s) { ebur128_destroy(&s); };
    std::unique_ptr<ebur128_state, decltype(destroy)> state(
        ebur128_init(2, static_cast<unsigned long>(audio.sampleRate),
                     EBUR128_MODE_I | EBUR128_MODE_LRA | EBUR128_MODE_TRUE_PEAK | EBUR128_MODE_SAMPLE_PEAK),
        destroy);
    if (!state)
        throw std::runtime_error("libebur128 could not start a measurement");
    constexpr std::size_t kBlock = 16384;
    std::vector<float> interleaved(kBlock * 2);
    for (std::size_t start = 0; start < audio.frames(); start += kBlock) {
        const std::size_t n = std::min(kBlock, audio.frames() - start);
        for (std::size_t i = 0; i < n; ++i) {
            interleaved[2 * i] = audio.left[start + i];
            interleaved[2 * i + 1] = audio.right[start + i];
        }
        ebur128_add_frames_float(state.get(), interleaved.data(), n);
    }
    LoudnessReport report;
    double value = 0;
    if (ebur128_loudness_global(state.get(), &value) == EBUR128_SUCCESS && std::isfinite(value))
        report.integratedLufs = value;
    if (ebur128_loudness_range(state.get(), &value) == EBUR128_SUCCESS)
        report.loudnessRange = value;
    double truePeak = 0;
    double samplePeak = 0;
    for (unsigned channel = 0; channel < 2; ++channel) {
        if (ebur128_true_peak(state.get(), channel, &value) == EBUR128_SUCCESS)
            truePeak = std::max(truePeak, value);
        if (ebur128_sample_peak(state.get(), channel, &value) == EBUR128_SUCCESS)
            samplePeak = std::max(samplePeak, value);
    }
    report.truePeakDbtp = gainToDb(truePeak);
    report.samplePeakDbfs = gainToDb(samplePeak);
    return report;
}

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/Resample.h"

#include <samplerate.h>
#include <soxr.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace cadenza {
namespace {

// libsamplerate's best sinc converter over interleaved stereo frames.
std::vector<float> convert(const std::vector<float>& in, int fromRate, int toRate) {
    constexpr int channels = 2;
    const auto frames = in.size() / static_cast<std::size_t>(channels);
    const double ratio = static_cast<double>(toRate) / fromRate;
    const auto outFrames = static_cast<std::size_t>(std::ceil(static_cast<double>(frames) * ratio)) + 16;
    std::vector<float> out(static_cast<std::size_t>(channels) * outFrames);
    SRC_DATA data{};
    data.data_in = in.data();
    data.input_frames = static_cast<long>(frames);
    data.data_out = out.data();
    data.output_frames = static_cast<long>(outFrames);
    data.src_ratio = ratio;
    if (const int status = src_simple(&data, SRC_SINC_BEST_QUALITY, channels); status != 0)
        throw std::runtime_error(std::string("resampling failed: ") + src_strerror(status));
    out.resize(static_cast<std::size_t>(channels) * static_cast<std::size_t>(data.output_frames_gen));
    return out;
}

} // namespace

StereoBuffer resample(StereoBuffer audio, int sampleRate) {
    if (audio.sampleRate == sampleRate || audio.frames() == 0) {
        audio.sampleRate = sampleRate;
        return audio;
    }
    std::vector<float> in(2 * audio.frames());
    for (std::size_t i = 0; i < audio.frames(); ++i) {
        in[2 * i] = audio.left[i];
        in[2 * i + 1] = audio.right[i];
    }
    const auto out = convert(in, audio.sampleRate, sampleRate);
    StereoBuffer result(sampleRate, out.size() / 2);
    for (std::size_t i = 0; i < result.frames(); ++i) {
        result.left[i] = out[2 * i];
        result.right[i] = out[2 * i + 1];
    }
    return result;
}

std::vector<float> monoAt(const StereoBuffer& audio, int sampleRate) {
    std::vector<float> mono(audio.frames());
    for (std::size_t i = 0; i < mono.size(); ++i)
        mono[i] = 0.5f * (audio.left[i] + audio.right[i]);
    if (audio.sampleRate == sampleRate || mono.empty())
        return mono;
    const double ratio = static_cast<double>(sampleRate) / audio.sampleRate;
    std::vector<float> out(static_cast<std::size_t>(std::ceil(static_cast<double>(mono.size()) * ratio)));
    std::size_t written = 0;
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    if (const soxr_error_t error = soxr_oneshot(audio.sampleRate, sampleRate, 1, mono.data(), mono.size(), nullptr,
                                                out.data(), out.size(), &written, &io, &quality, nullptr))
        throw std::runtime_error(std::string("resampling failed: ") + error);
    out.resize(written);
    return out;
}

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/Resample.h"

#include <samplerate.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace cadenza {

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
    const double ratio = static_cast<double>(sampleRate) / audio.sampleRate;
    const auto outFrames = static_cast<std::size_t>(std::ceil(static_cast<double>(audio.frames()) * ratio)) + 16;
    std::vector<float> out(2 * outFrames);
    SRC_DATA data{};
    data.data_in = in.data();
    data.input_frames = static_cast<long>(audio.frames());
    data.data_out = out.data();
    data.output_frames = static_cast<long>(outFrames);
    data.src_ratio = ratio;
    if (const int status = src_simple(&data, SRC_SINC_BEST_QUALITY, 2); status != 0)
        throw std::runtime_error(std::string("resampling failed: ") + src_strerror(status));
    StereoBuffer result(sampleRate, static_cast<std::size_t>(data.output_frames_gen));
    for (std::size_t i = 0; i < result.frames(); ++i) {
        result.left[i] = out[2 * i];
        result.right[i] = out[2 * i + 1];
    }
    return result;
}

} // namespace cadenza

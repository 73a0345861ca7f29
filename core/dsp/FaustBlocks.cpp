// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsp/FaustBlocks.h"

#include <algorithm>
#include <vector>

namespace cadenza {

StereoBuffer runStereoDsp(::dsp& processor, const StereoBuffer& input, float inputGain, std::size_t latency,
                          std::size_t tail, const CancelToken& cancel) {
    const std::size_t length = input.frames() + tail;
    const std::size_t total = length + latency;
    StereoBuffer output(input.sampleRate, length);
    constexpr std::size_t kBlock = 4096;
    std::vector<float> inL(kBlock), inR(kBlock), outL(kBlock), outR(kBlock);
    for (std::size_t start = 0; start < total; start += kBlock) {
        cancel.throwIfCancelled();
        const std::size_t n = std::min(kBlock, total - start);
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t frame = start + i;
            inL[i] = frame < input.frames() ? input.left[frame] * inputGain : 0.0f;
            inR[i] = frame < input.frames() ? input.right[frame] * inputGain : 0.0f;
        }
        float* inputs[] = {inL.data(), inR.data()};
        float* outputs[] = {outL.data(), outR.data()};
        processor.compute(static_cast<int>(n), inputs, outputs);
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t frame = start + i;
            if (frame >= latency) {
                output.left[frame - latency] = outL[i];
                output.right[frame - latency] = outR[i];
            }
        }
    }
    return output;
}

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/StemSplice.h"

#include <algorithm>
#include <stdexcept>

namespace cadenza {

void spliceStem(StereoBuffer& edited, const StereoBuffer& parent, std::size_t from, std::size_t until,
                std::size_t fade) {
    if (edited.frames() != parent.frames())
        throw std::invalid_argument("spliceStem: the edit and its parent differ in length");
    const std::size_t frames = edited.frames();
    from = std::min(from, frames);
    until = std::clamp(until, from, frames);
    const std::size_t fadeEnd = std::min(until + fade, frames);
    for (auto [out, in] : {std::pair{&edited.left, &parent.left}, std::pair{&edited.right, &parent.right}}) {
        std::copy(in->begin(), in->begin() + static_cast<std::ptrdiff_t>(from), out->begin());
        for (std::size_t i = until; i < fadeEnd; ++i) {
            const float t = static_cast<float>(i - until + 1) / static_cast<float>(fadeEnd - until + 1);
            (*out)[i] = (1 - t) * (*out)[i] + t * (*in)[i];
        }
        std::copy(in->begin() + static_cast<std::ptrdiff_t>(fadeEnd), in->end(),
                  out->begin() + static_cast<std::ptrdiff_t>(fadeEnd));
    }
}

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "dsp/Stft.h"

#include <vector>

namespace cadenza {

// Spectrum bars, as a music video or a meter shows them: the loudest bin of each of `count`
// log-spaced bands between 40 Hz and 16 kHz, read from 60 dB below full scale (0) to full
// scale (1), rising at once and falling smoothly from one call to the next. Meant to be
// called at a steady frame rate, in time order.
class SpectrumBars {
  public:
    SpectrumBars(int count, int sampleRate);

    // The levels at `seconds` into the audio.
    const std::vector<float>& at(const StereoBuffer& audio, double seconds);

  private:
    ShortTimeSpectrum spectrum_;
    std::vector<int> edges_;
    std::vector<float> levels_;
};

} // namespace cadenza

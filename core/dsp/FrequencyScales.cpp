// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsp/FrequencyScales.h"

#include <algorithm>
#include <cmath>

namespace cadenza {
namespace {

// Slaney's mel scale: linear below 1 kHz, logarithmic above.
double hzToMel(double hz) {
    constexpr double linearStep = 200.0 / 3, breakHz = 1000, logStep = 0.06875177742094912; // log(6.4) / 27
    return hz < breakHz ? hz / linearStep : breakHz / linearStep + std::log(hz / breakHz) / logStep;
}

double melToHz(double mel) {
    constexpr double linearStep = 200.0 / 3, breakHz = 1000, logStep = 0.06875177742094912;
    constexpr double breakMel = breakHz / linearStep;
    return mel < breakMel ? mel * linearStep : breakHz * std::exp(logStep * (mel - breakMel));
}

} // namespace

std::vector<int> binMidiNotes(int frameSize, int sampleRate, double lowHz, double highHz) {
    std::vector<int> notes(static_cast<std::size_t>(frameSize / 2 + 1), -1);
    for (int k = 1; k <= frameSize / 2; ++k) {
        const double hz = static_cast<double>(k) * sampleRate / frameSize;
        if (hz >= lowHz && hz <= highHz)
            notes[static_cast<std::size_t>(k)] = static_cast<int>(std::lround(69 + 12 * std::log2(hz / 440.0)));
    }
    return notes;
}

MelFilterBank::MelFilterBank(int bands, int frameSize, int sampleRate, double lowHz, double highHz)
    : filters(static_cast<std::size_t>(bands)) {
    const double lowMel = hzToMel(lowHz), highMel = hzToMel(std::min(highHz, sampleRate / 2.0));
    std::vector<double> edges(static_cast<std::size_t>(bands + 2));
    for (std::size_t i = 0; i < edges.size(); ++i)
        edges[i] = melToHz(lowMel + (highMel - lowMel) * static_cast<double>(i) / (bands + 1));
    for (std::size_t band = 0; band < filters.size(); ++band) {
        const double left = edges[band], centre = edges[band + 1], right = edges[band + 2];
        for (int k = 0; k <= frameSize / 2; ++k) {
            const double hz = static_cast<double>(k) * sampleRate / frameSize;
            const double weight = hz <= centre ? (hz - left) / (centre - left) : (right - hz) / (right - centre);
            if (weight > 0)
                filters[band].push_back({k, static_cast<float>(weight)});
        }
    }
}

void MelFilterBank::apply(const std::vector<float>& power, std::vector<float>& bandsOut) const {
    bandsOut.assign(filters.size(), 0.0f);
    for (std::size_t band = 0; band < filters.size(); ++band)
        for (const Tap tap : filters[band])
            bandsOut[band] += tap.weight * power[static_cast<std::size_t>(tap.bin)];
}

} // namespace cadenza

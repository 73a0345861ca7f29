// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace cadenza {

// The nearest MIDI note of each FFT bin (frameSize / 2 + 1 of them) between lowHz and
// highHz, and -1 outside that range. Chroma and key estimation fold spectra with it.
std::vector<int> binMidiNotes(int frameSize, int sampleRate, double lowHz, double highHz);

// Triangular mel filters (Slaney's mel scale, as librosa's default) over the bins of a
// frameSize-point FFT, each peaking at 1: filters[band] lists (bin, weight) pairs.
struct MelFilterBank {
    struct Tap {
        int bin;
        float weight;
    };
    std::vector<std::vector<Tap>> filters;

    MelFilterBank(int bands, int frameSize, int sampleRate, double lowHz, double highHz);
    std::size_t bands() const { return filters.size(); }
    // Mel band energies of a power spectrum.
    void apply(const std::vector<float>& power, std::vector<float>& bandsOut) const;
};

} // namespace cadenza

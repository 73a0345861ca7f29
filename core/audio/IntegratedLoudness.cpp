// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/IntegratedLoudness.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace cadenza {
namespace {

// One second-order section, direct form II transposed, in double precision.
struct Biquad {
    double b0, b1, b2, a1, a2;
    double z1 = 0, z2 = 0;

    double operator()(double x) {
        const double y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        return y;
    }
};

// BS.1770's K-weighting at any sample rate: a high shelf (+4 dB above about 1.7 kHz) and a
// high-pass (about 38 Hz), with libebur128's constants and bilinear-transform derivation.
std::pair<Biquad, Biquad> kWeighting(double rate) {
    double k = std::tan(M_PI * 1681.974450955533 / rate);
    const double q = 0.7071752369554196;
    const double vh = std::pow(10.0, 3.999843853973347 / 20.0);
    const double vb = std::pow(vh, 0.4996667741545416);
    double a0 = 1.0 + k / q + k * k;
    const Biquad shelf{(vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                       2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
    k = std::tan(M_PI * 38.13547087602444 / rate);
    const double q2 = 0.5003270373238773;
    a0 = 1.0 + k / q2 + k * k;
    const Biquad highPass{1.0, -2.0, 1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q2 + k * k) / a0};
    return {shelf, highPass};
}

double energyToLoudness(double energy) {
    return 10.0 * std::log10(energy) - 0.691;
}

} // namespace

ProgrammeLoudness measureProgrammeLoudness(const StereoBuffer& audio, const CancelToken& cancel) {
    // The K-weighted energy of each 100 ms segment, both channels summed (weight 1 each).
    const auto segment = static_cast<std::size_t>((audio.sampleRate + 5) / 10);
    const std::size_t segments = audio.frames() / segment;
    std::vector<double> energy(segments, 0.0);
    auto [shelfL, highPassL] = kWeighting(audio.sampleRate);
    auto [shelfR, highPassR] = std::pair{shelfL, highPassL};
    for (std::size_t s = 0; s < segments; ++s) {
        if (s % 10 == 0)
            cancel.throwIfCancelled();
        double sum = 0;
        for (std::size_t i = s * segment; i < (s + 1) * segment; ++i) {
            const double l = highPassL(shelfL(audio.left[i]));
            const double r = highPassR(shelfR(audio.right[i]));
            sum += l * l + r * r;
        }
        energy[s] = sum;
    }
    // The mean energy of `count` segments ending before segment `end`.
    const auto meanEnergy = [&](std::size_t end, std::size_t count) {
        return std::accumulate(energy.begin() + static_cast<std::ptrdiff_t>(end - count),
                               energy.begin() + static_cast<std::ptrdiff_t>(end), 0.0) /
               (static_cast<double>(count) * static_cast<double>(segment));
    };
    const double absoluteGate = std::pow(10.0, (-70.0 + 0.691) / 10.0);
    ProgrammeLoudness result;

    // Integrated: 400 ms blocks overlapping by 75%, gated absolutely, then 10 LU under
    // the gated mean.
    std::vector<double> blocks;
    for (std::size_t end = 4; end <= segments; ++end)
        if (const double block = meanEnergy(end, 4); block >= absoluteGate)
            blocks.push_back(block);
    if (!blocks.empty()) {
        const double relativeGate =
            std::accumulate(blocks.begin(), blocks.end(), 0.0) / static_cast<double>(blocks.size()) * 0.1;
        double sum = 0;
        std::size_t count = 0;
        for (const double block : blocks)
            if (block >= relativeGate) {
                sum += block;
                ++count;
            }
        if (count > 0)
            result.integratedLufs = energyToLoudness(sum / static_cast<double>(count));
    }

    // Range (EBU Tech 3342, as libebur128 computes it): 3 s short-term blocks every second,
    // gated absolutely, then 20 LU under their mean; the spread from the 10th to the 95th
    // percentile.
    std::vector<double> shortTerm;
    for (std::size_t end = 30; end <= segments; end += 10)
        if (const double block = meanEnergy(end, 30); block >= absoluteGate)
            shortTerm.push_back(block);
    if (!shortTerm.empty()) {
        std::sort(shortTerm.begin(), shortTerm.end());
        const double gate =
            std::accumulate(shortTerm.begin(), shortTerm.end(), 0.0) / static_cast<double>(shortTerm.size()) * 0.01;
        const auto gated = std::lower_bound(shortTerm.begin(), shortTerm.end(), gate);
        if (const auto n = static_cast<double>(shortTerm.end() - gated); n > 0) {
            // The nearest block to the percentile, as libebur128 rounds it.
            const auto percentile = [&](double p) { return *(gated + std::llround((n - 1) * p)); };
            result.rangeLu = energyToLoudness(percentile(0.95)) - energyToLoudness(percentile(0.10));
        }
    }
    return result;
}

double measureIntegratedLoudness(const StereoBuffer& audio, const CancelToken& cancel) {
    return measureProgrammeLoudness(audio, cancel).integratedLufs;
}

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/SoundImage.h"

#include "dsp/Stft.h"

#include <cmath>

namespace cadenza {

StereoImage measureStereoImage(const StereoBuffer& audio) {
    double ll = 0, rr = 0, lr = 0, sl = 0, sr = 0;
    const auto n = static_cast<double>(audio.frames());
    for (std::size_t i = 0; i < audio.frames(); ++i) {
        const double l = audio.left[i];
        const double r = audio.right[i];
        ll += l * l;
        rr += r * r;
        lr += l * r;
        sl += l;
        sr += r;
    }
    StereoImage image;
    if (n == 0 || ll + rr <= 0)
        return image;
    const double covariance = lr / n - (sl / n) * (sr / n);
    const double varianceL = ll / n - (sl / n) * (sl / n);
    const double varianceR = rr / n - (sr / n) * (sr / n);
    image.correlation = varianceL > 0 && varianceR > 0 ? covariance / std::sqrt(varianceL * varianceR) : 1;
    const double mono = (ll + rr + 2 * lr) / 4; // the power of (L + R) / 2, times n
    const double stereo = (ll + rr) / 2;
    image.monoLossDb = 10 * std::log10(std::max(mono, 1e-30) / stereo);
    return image;
}

TonalBalance measureTonalBalance(const StereoBuffer& audio) {
    constexpr int kFrame = 8192;
    ShortTimeSpectrum spectrum(kFrame);
    std::vector<double> power(static_cast<std::size_t>(spectrum.bins()), 0.0);
    const auto frames = static_cast<std::ptrdiff_t>(audio.frames());
    for (std::ptrdiff_t start = 0; start + kFrame <= frames || start == 0; start += kFrame / 2) {
        const auto& magnitudes = spectrum.magnitudes(audio, start);
        for (std::size_t k = 0; k < power.size(); ++k)
            power[k] += static_cast<double>(magnitudes[k]) * magnitudes[k];
        if (start + kFrame > frames)
            break;
    }
    const double binHz = static_cast<double>(audio.sampleRate) / kFrame;
    std::array<double, 7> bands{};
    for (std::size_t b = 0; b < bands.size(); ++b) {
        const double low = TonalBalance::kCentres[b] / std::sqrt(2.0);
        const double high = TonalBalance::kCentres[b] * std::sqrt(2.0);
        double sum = 1e-30;
        for (std::size_t k = 0; k < power.size(); ++k)
            if (const double hz = static_cast<double>(k) * binHz; hz >= low && hz < high)
                sum += power[k];
        bands[b] = 10 * std::log10(sum);
    }
    TonalBalance balance;
    for (std::size_t b = 0; b < bands.size(); ++b)
        balance.bandDb[b] = bands[b] - bands[3];
    balance.lowDb = balance.bandDb[0];
    balance.highDb = balance.bandDb[6];
    // Least squares over the octave index (0..6) against the level.
    double meanX = 3, meanY = 0;
    for (const double y : balance.bandDb)
        meanY += y / 7;
    double sxy = 0, sxx = 0;
    for (std::size_t b = 0; b < bands.size(); ++b) {
        sxy += (static_cast<double>(b) - meanX) * (balance.bandDb[b] - meanY);
        sxx += (static_cast<double>(b) - meanX) * (static_cast<double>(b) - meanX);
    }
    balance.slopeDbPerOctave = sxy / sxx;
    return balance;
}

} // namespace cadenza

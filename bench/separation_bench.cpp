// SPDX-License-Identifier: GPL-3.0-or-later
// separation-bench [SECONDS]
//
// How well the default (spectral) stem separation does on mixtures whose stems are known:
// one song per genre of the catalog (default 30 s), its gain-staged stems summed into the
// mixture, then separated. The engine's stems map to the targets as drums -> drums,
// bass -> bass, lead -> vocals (the engine sings no words; the lead melody stands in for a
// voice, centred as a voice would be) and everything else -> other. Prints the SDR of each
// target (10 log10 of the target's energy over the error's), next to the SDR of the naive
// baseline that gives every target a quarter of the mixture, and the real-time factor.

#include "base/ResourcePaths.h"
#include "engines/SymbolicEngine.h"
#include "music/Catalog.h"
#include "prompt/Interpret.h"
#include "separate/SpectralSeparator.h"

#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using namespace cadenza;

void add(StereoBuffer& into, const StereoBuffer& from, float gain = 1) {
    if (into.frames() == 0)
        into = StereoBuffer(from.sampleRate, from.frames());
    for (std::size_t i = 0; i < std::min(into.frames(), from.frames()); ++i) {
        into.left[i] += gain * from.left[i];
        into.right[i] += gain * from.right[i];
    }
}

// SDR in dB of an estimate of `truth`; a silent target counts as missing (NaN).
double sdr(const StereoBuffer& truth, const StereoBuffer& estimate) {
    double signal = 0, error = 0;
    for (std::size_t i = 0; i < truth.frames(); ++i) {
        const double l = truth.left[i], r = truth.right[i];
        signal += l * l + r * r;
        const double el = l - estimate.left[i], er = r - estimate.right[i];
        error += el * el + er * er;
    }
    return signal > 1e-9 ? 10 * std::log10(signal / (error + 1e-20)) : std::nan("");
}

std::size_t targetOf(const std::string& group) {
    if (group == "lead")
        return 0;
    if (group == "drums")
        return 1;
    if (group == "bass")
        return 2;
    return 3;
}

} // namespace

int main(int argc, char** argv) {
    const double duration = argc > 1 ? std::atof(argv[1]) : 30;
    const Catalog catalog = Catalog::load(resourceDirectory());
    const SymbolicEngine engine(catalog, RenderSettings{});
    std::printf("%-16s %17s %17s %17s %17s %7s\n", "genre", "vocals (naive)", "drums (naive)", "bass (naive)",
                "other (naive)", "x RT");
    std::array<double, 4> total{}, naiveTotal{};
    std::array<int, 4> counted{};
    double audioSeconds = 0, wallSeconds = 0;
    std::uint64_t seed = 500;
    for (const auto& genre : catalog.genres) {
        const StyleSpec spec = interpret(genre.name, {.duration = duration, .seed = ++seed}, catalog);
        const Song song = engine.generate(spec, {}, CancelToken());
        std::array<StereoBuffer, 4> truth;
        StereoBuffer mix;
        for (const auto& stem : song.stems) {
            add(truth[targetOf(stem.group)], stem.audio);
            add(mix, stem.audio);
        }
        const auto started = std::chrono::steady_clock::now();
        const SeparatedStems separated = separateSpectral(mix);
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        audioSeconds += mix.seconds();
        wallSeconds += wall;
        StereoBuffer quarter;
        add(quarter, mix, 0.25f);
        std::printf("%-16.16s", genre.id.c_str());
        for (std::size_t t = 0; t < 4; ++t) {
            if (truth[t].frames() == 0) {
                std::printf(" %17s", "-");
                continue;
            }
            const double ours = sdr(truth[t], separated.stems[t]), naive = sdr(truth[t], quarter);
            std::printf(" %7.1f (%6.1f) ", ours, naive);
            if (!std::isnan(ours)) {
                total[t] += ours;
                naiveTotal[t] += naive;
                ++counted[t];
            }
        }
        std::printf(" %6.1f\n", mix.seconds() / wall);
    }
    std::printf("%-16s", "mean");
    for (std::size_t t = 0; t < 4; ++t)
        std::printf(" %7.1f (%6.1f) ", total[t] / counted[t], naiveTotal[t] / counted[t]);
    std::printf(" %6.1f\n", audioSeconds / wallSeconds);
    return 0;
}

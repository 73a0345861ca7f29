// SPDX-License-Identifier: GPL-3.0-or-later
#include "AubioReference.h"

#include <aubio/aubio.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace cadenza::test {

double aubioTempo(const StereoBuffer& audio) {
    constexpr uint_t hop = 128, window = 1024;
    const auto rate = static_cast<uint_t>(audio.sampleRate);
    std::unique_ptr<aubio_tempo_t, decltype(&del_aubio_tempo)> tempo(new_aubio_tempo("default", window, hop, rate),
                                                                     del_aubio_tempo);
    std::unique_ptr<fvec_t, decltype(&del_fvec)> in(new_fvec(hop), del_fvec);
    std::unique_ptr<fvec_t, decltype(&del_fvec)> out(new_fvec(1), del_fvec);
    std::vector<double> beats;
    for (std::size_t start = 0; start + hop <= audio.frames(); start += hop) {
        for (uint_t i = 0; i < hop; ++i)
            in->data[i] = 0.5f * (audio.left[start + i] + audio.right[start + i]);
        aubio_tempo_do(tempo.get(), in.get(), out.get());
        // The beat falls in this hop; time it from our own frame count (aubio's
        // get_last_s runs 2.4% slow here, the same factor for every tempo).
        if (out->data[0] != 0)
            beats.push_back(static_cast<double>(start) / audio.sampleRate);
    }
    std::vector<double> intervals;
    for (std::size_t i = 1; i < beats.size(); ++i)
        intervals.push_back(beats[i] - beats[i - 1]);
    if (intervals.size() < 4)
        return 0;
    // The tracker can switch metrical level mid-song (beats every 0.34 s, then every
    // 0.67 s), so the median interval may fall between levels: take the most common
    // interval (within 3%) as the unit instead. Single beats are placed only to aubio's hop
    // and jump when it corrects its phase, so number each beat by its distance from the
    // first in units and fit a line, refined by leaving out the beats far from it.
    double unit = intervals.front();
    std::size_t bestCount = 0;
    for (const double candidate : intervals) {
        const auto count = static_cast<std::size_t>(std::count_if(
            intervals.begin(), intervals.end(), [&](double x) { return std::abs(x / candidate - 1) <= 0.03; }));
        if (count > bestCount) {
            bestCount = count;
            unit = candidate;
        }
    }
    // The unit is the mean of that cluster, not its (hop-quantised) seed value.
    double clusterSum = 0;
    for (const double x : intervals)
        if (std::abs(x / unit - 1) <= 0.03)
            clusterSum += x;
    unit = clusterSum / static_cast<double>(bestCount);
    // Least squares over the beats numbered in `period`s from the first, leaving out those
    // further than 15% of a period from `previous` (the tracker's guesses before it locks).
    struct Line {
        double start = 0, period = 0;
        double used = 0; // beats the line was fitted to
    };
    const auto fit = [&](double period, const Line* previous) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0, n = 0;
        for (const double t : beats) {
            const double k = std::round((t - beats.front()) / period);
            if (previous && std::abs(t - (previous->start + previous->period * k)) > 0.15 * previous->period)
                continue;
            sx += k;
            sy += t;
            sxx += k * k;
            sxy += k * t;
            ++n;
        }
        if (n < 4)
            return Line{};
        const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return Line{(sy - slope * sx) / n, slope, n};
    };
    Line line = fit(unit, nullptr);
    for (int refinement = 0; refinement < 3; ++refinement) {
        // Stop if leaving beats out would leave fewer than half of them: the line, not
        // the beats, is then what is off.
        const Line refined = fit(line.period, &line);
        if (refined.used * 2 < static_cast<double>(beats.size()))
            break;
        line = refined;
    }
    return 60.0 / line.period;
}

} // namespace cadenza::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/BeatTracker.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cadenza {
namespace {

constexpr double kSlowestBpm = 30, kFastestBpm = 300;
constexpr double kPreferredBpm = 120, kPreferenceOctaves = 1.0;
constexpr double kTightness = 100; // how strongly beats keep the period (librosa's default)

// The onset strength minus its one-second moving average, rectified: what stands out of
// the local texture.
std::vector<double> highPassedOnsets(const std::vector<float>& onsets, double framesPerSecond) {
    const auto n = onsets.size();
    const auto half = static_cast<std::size_t>(framesPerSecond / 2);
    std::vector<double> prefix(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        prefix[i + 1] = prefix[i] + onsets[i];
    std::vector<double> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto lo = i > half ? i - half : 0, hi = std::min(n, i + half + 1);
        out[i] = std::max(0.0, onsets[i] - (prefix[hi] - prefix[lo]) / static_cast<double>(hi - lo));
    }
    return out;
}

// The autocorrelation of a series for lags 0..maxLag: each lag's sum of products over the
// overlap, divided by the overlap's length.
std::vector<double> autocorrelation(const std::vector<double>& x, std::size_t maxLag) {
    std::vector<double> correlation(maxLag + 1, 0);
    for (std::size_t lag = 0; lag <= maxLag && lag < x.size(); ++lag) {
        double sum = 0;
        for (std::size_t t = 0; t + lag < x.size(); ++t)
            sum += x[t] * x[t + lag];
        correlation[lag] = sum / static_cast<double>(x.size() - lag);
    }
    return correlation;
}

// An autocorrelation at a fractional lag, linear between whole lags.
double correlationAt(const std::vector<double>& correlation, double lag) {
    const auto below = std::min(static_cast<std::size_t>(lag), correlation.size() - 2);
    const double fraction = lag - static_cast<double>(below);
    return (1 - fraction) * correlation[below] + fraction * correlation[below + 1];
}

struct Period {
    double frames = 0;
    double confidence = 0;
};

// The beat period in frames: the autocorrelation lag with the best score once weighted by
// a log-normal preference around 120 BPM, refined between lags with a parabola.
Period estimatePeriod(const std::vector<double>& onsets, double fps) {
    const auto n = onsets.size();
    const auto shortest = static_cast<std::size_t>(std::floor(fps * 60 / kFastestBpm));
    const auto longest = std::min(n / 2, static_cast<std::size_t>(std::ceil(fps * 60 / kSlowestBpm)));
    if (n < 8 || longest <= shortest + 2)
        return {};
    const auto correlation = autocorrelation(onsets, longest + 1);
    if (correlation[0] <= 0)
        return {};
    std::size_t best = shortest;
    double bestScore = -1;
    for (std::size_t lag = shortest; lag <= longest; ++lag) {
        const double octaves = std::log2(fps * 60 / static_cast<double>(lag) / kPreferredBpm) / kPreferenceOctaves;
        // A beat divides in two (eighth notes), which the spacing of a syncopated pattern
        // (the dotted notes of a 3-3-2 clave, triplet rolls) does not.
        const double metrical = correlation[lag] + 0.3 * correlationAt(correlation, 0.5 * static_cast<double>(lag));
        const double score = metrical * std::exp(-0.5 * octaves * octaves);
        if (score > bestScore) {
            bestScore = score;
            best = lag;
        }
    }
    const double a = correlation[best - 1], b = correlation[best], c = correlation[best + 1];
    const double curvature = a - 2 * b + c;
    const double offset = curvature < 0 ? std::clamp(0.5 * (a - c) / curvature, -0.5, 0.5) : 0.0;
    return {static_cast<double>(best) + offset, std::clamp(b / correlation[0], 0.0, 1.0)};
}

// Hats, shakers and cymbals (the onsets above 5 kHz) mark the grid that the beat divides
// into, two or four steps a beat, and a pattern that disagrees says the autocorrelation
// picked a neighbour of the beat:
// - steps two thirds of the period apart: the period spans three steps (a dotted beat, as a
//   3-3-2 clave suggests), so the beat is two thirds of it;
// - under a slow period (below 100 BPM), steps a quarter of it apart: it spans two beats (a
//   half-time backbeat over eighth-note hats);
// - under a slow period, steps a third and a half of it apart: it spans two swung beats (a
//   ride cymbal's triplet eighths).
// The thresholds (a fraction of the autocorrelation at lag 0) sit well clear of the values
// of every genre of the catalog that needs no correction (docs/analysis.md).
double checkedAgainstSubdivision(double period, const std::vector<double>& high, double fps) {
    const auto correlation = autocorrelation(high, static_cast<std::size_t>(period) + 2);
    if (correlation[0] <= 0)
        return period;
    const auto at = [&](double lag) { return correlationAt(correlation, lag) / correlation[0]; };
    if (at(2 * period / 3) >= 0.3)
        return 2 * period / 3;
    const bool slow = 60 * fps / period < 100;
    if (slow && (at(period / 4) >= 0.4 || (at(period / 3) >= 0.25 && at(period / 2) >= 0.25)))
        return period / 2;
    return period;
}

// The onsets smoothed with a Gaussian (sigma in frames) and scaled to unit deviation:
// what the beat placement rewards. Empty when nothing varies.
std::vector<double> beatSalience(const std::vector<double>& onsets, double sigma) {
    const auto n = onsets.size();
    const auto radius = static_cast<std::ptrdiff_t>(std::ceil(3 * sigma));
    std::vector<double> local(n, 0);
    for (std::size_t t = 0; t < n; ++t)
        for (std::ptrdiff_t d = -radius; d <= radius; ++d) {
            const auto at = static_cast<std::ptrdiff_t>(t) + d;
            if (at >= 0 && at < static_cast<std::ptrdiff_t>(n))
                local[t] += onsets[static_cast<std::size_t>(at)] *
                            std::exp(-0.5 * static_cast<double>(d * d) / (sigma * sigma));
        }
    const double mean = std::accumulate(local.begin(), local.end(), 0.0) / static_cast<double>(n);
    double variance = 0;
    for (const double x : local)
        variance += (x - mean) * (x - mean);
    const double deviation = std::sqrt(variance / static_cast<double>(n));
    if (deviation <= 0)
        return {};
    for (auto& x : local)
        x /= deviation;
    return local;
}

// Dynamic-programming beat placement: each frame's best score as a beat is its salience
// plus the best predecessor's score, less a penalty growing with the squared log ratio of
// their distance to the period.
std::vector<std::size_t> placeBeats(const std::vector<double>& local, double period) {
    const auto n = local.size();
    std::vector<double> score(n);
    std::vector<std::ptrdiff_t> previous(n, -1);
    const auto nearest = static_cast<std::ptrdiff_t>(std::round(period / 2));
    const auto farthest = static_cast<std::ptrdiff_t>(std::round(period * 2));
    for (std::size_t t = 0; t < n; ++t) {
        double bestPrior = 0;
        for (std::ptrdiff_t back = nearest; back <= farthest && back <= static_cast<std::ptrdiff_t>(t); ++back) {
            const double ratio = std::log(static_cast<double>(back) / period);
            const double prior = score[t - static_cast<std::size_t>(back)] - kTightness * ratio * ratio;
            if (previous[t] < 0 || prior > bestPrior) {
                bestPrior = prior;
                previous[t] = static_cast<std::ptrdiff_t>(t) - back;
            }
        }
        score[t] = local[t] + (previous[t] >= 0 ? bestPrior : 0);
    }
    // The last beat is the best-scoring frame within the final period; walk back from it.
    const auto tail = static_cast<std::size_t>(std::min<double>(static_cast<double>(n), std::ceil(period)));
    auto last = static_cast<std::ptrdiff_t>(
        std::max_element(score.end() - static_cast<std::ptrdiff_t>(tail), score.end()) - score.begin());
    std::vector<std::size_t> beats;
    for (; last >= 0; last = previous[static_cast<std::size_t>(last)])
        beats.push_back(static_cast<std::size_t>(last));
    std::reverse(beats.begin(), beats.end());
    // Leading and trailing beats in silence are the tracker extrapolating: drop beats at
    // either end whose onset strength is under half the typical beat's.
    std::vector<double> strengths;
    strengths.reserve(beats.size());
    for (const auto b : beats)
        strengths.push_back(local[b]);
    std::nth_element(strengths.begin(), strengths.begin() + static_cast<std::ptrdiff_t>(strengths.size() / 2),
                     strengths.end());
    const double threshold = 0.5 * strengths[strengths.size() / 2];
    while (!beats.empty() && local[beats.front()] < threshold)
        beats.erase(beats.begin());
    while (!beats.empty() && local[beats.back()] < threshold)
        beats.pop_back();
    return beats;
}

// The beat period in seconds: the slope of a least-squares line through the beats, each
// numbered by its distance in periods from the first, refitted without the beats that lie
// more than 15% of a period off the line.
double fittedPeriod(const std::vector<double>& beats, double period) {
    double start = beats.front();
    for (int pass = 0; pass < 3; ++pass) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0, n = 0;
        for (const double t : beats) {
            const double k = std::round((t - beats.front()) / period);
            if (pass > 0 && std::abs(t - (start + k * period)) > 0.15 * period)
                continue;
            sx += k;
            sy += t;
            sxx += k * k;
            sxy += k * t;
            ++n;
        }
        if (n < 4 || n * sxx - sx * sx <= 0)
            break;
        period = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        start = (sy - period * sx) / n;
    }
    return period;
}

} // namespace

BeatGrid trackBeats(const FrameFeatures& features) {
    const double fps = features.framesPerSecond;
    const auto onsets = highPassedOnsets(features.onsetStrength, fps);
    Period period = estimatePeriod(onsets, fps);
    if (period.frames <= 0)
        return {};
    period.frames = checkedAgainstSubdivision(period.frames, highPassedOnsets(features.highOnsetStrength, fps), fps);
    const auto local = beatSalience(onsets, std::max(1.0, period.frames / 32));
    if (local.empty())
        return {};
    const auto beats = placeBeats(local, period.frames);
    BeatGrid grid;
    grid.confidence = period.confidence;
    for (const auto frame : beats)
        grid.beats.push_back(features.frameSeconds(frame));
    if (grid.beats.size() < 4) {
        grid.tempo = 60 * fps / period.frames;
        return grid;
    }
    grid.tempo = 60 / fittedPeriod(grid.beats, period.frames / fps);
    return grid;
}

} // namespace cadenza

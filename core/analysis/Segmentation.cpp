// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Segmentation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cadenza {
namespace {

using Vector = std::vector<double>;

void normalise(Vector& v) {
    const double length = std::sqrt(std::inner_product(v.begin(), v.end(), v.begin(), 0.0));
    if (length > 0)
        for (auto& x : v)
            x /= length;
}

// Block boundaries in frames: the beats, or every half second without enough of them.
std::vector<std::size_t> blockEdges(const FrameFeatures& features, const std::vector<double>& beats) {
    std::vector<std::size_t> edges{0};
    const auto toFrame = [&](double seconds) {
        return static_cast<std::size_t>(
            std::max(0.0, std::round((seconds - features.firstFrameSeconds) * features.framesPerSecond)));
    };
    if (beats.size() >= 16) {
        for (const double b : beats)
            if (const auto f = toFrame(b); f > edges.back() && f < features.frames())
                edges.push_back(f);
    } else {
        const auto step = static_cast<std::size_t>(features.framesPerSecond / 2);
        for (std::size_t f = step; f < features.frames(); f += step)
            edges.push_back(f);
    }
    edges.push_back(features.frames());
    return edges;
}

// One unit vector per block: its mean chroma, and its z-scored mean MFCCs (without the
// level term) and log energy, the two halves weighted equally.
std::vector<Vector> blockVectors(const FrameFeatures& features, const std::vector<std::size_t>& edges) {
    const std::size_t blocks = edges.size() - 1;
    constexpr std::size_t kTimbre = FrameFeatures::kMfccs; // coefficients 1..12 and the log energy
    std::vector<Vector> chroma(blocks, Vector(12, 0)), timbre(blocks, Vector(kTimbre, 0));
    for (std::size_t b = 0; b < blocks; ++b) {
        const auto count = static_cast<double>(edges[b + 1] - edges[b]);
        double energy = 0;
        for (std::size_t f = edges[b]; f < edges[b + 1]; ++f) {
            for (std::size_t c = 0; c < 12; ++c)
                chroma[b][c] += features.chroma[f][c] / count;
            for (std::size_t c = 1; c < FrameFeatures::kMfccs; ++c)
                timbre[b][c - 1] += features.mfcc[f][c] / count;
            energy += static_cast<double>(features.rms[f]) * features.rms[f] / count;
        }
        timbre[b][kTimbre - 1] = 10 * std::log10(energy + 1e-10);
    }
    for (std::size_t c = 0; c < kTimbre; ++c) {
        double mean = 0, square = 0;
        for (const auto& v : timbre) {
            mean += v[c];
            square += v[c] * v[c];
        }
        mean /= static_cast<double>(blocks);
        const double deviation = std::sqrt(std::max(0.0, square / static_cast<double>(blocks) - mean * mean));
        for (auto& v : timbre)
            v[c] = deviation > 1e-9 ? (v[c] - mean) / deviation : 0;
    }
    std::vector<Vector> out(blocks);
    for (std::size_t b = 0; b < blocks; ++b) {
        normalise(chroma[b]);
        normalise(timbre[b]);
        out[b] = chroma[b];
        out[b].insert(out[b].end(), timbre[b].begin(), timbre[b].end());
        for (auto& x : out[b])
            x *= std::sqrt(0.5);
    }
    return out;
}

// The checkerboard kernel's response at each block: how much the blocks before it differ
// from those after it while resembling each other.
Vector novelty(const std::vector<Vector>& similarity, std::ptrdiff_t half) {
    const auto n = static_cast<std::ptrdiff_t>(similarity.size());
    Vector out(similarity.size(), 0);
    const double sigma = 0.5 * static_cast<double>(half);
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        double sum = 0;
        for (std::ptrdiff_t a = -half; a < half; ++a)
            for (std::ptrdiff_t b = -half; b < half; ++b) {
                const auto x = i + a, y = i + b;
                if (x < 0 || y < 0 || x >= n || y >= n)
                    continue;
                const double ca = static_cast<double>(a) + 0.5, cb = static_cast<double>(b) + 0.5;
                const double taper = std::exp(-(ca * ca + cb * cb) / (2 * sigma * sigma));
                const double sign = (a < 0) == (b < 0) ? 1 : -1;
                sum += sign * taper * similarity[static_cast<std::size_t>(x)][static_cast<std::size_t>(y)];
            }
        out[static_cast<std::size_t>(i)] = std::max(0.0, sum);
    }
    return out;
}

double meanSimilarity(const std::vector<Vector>& similarity, std::size_t a0, std::size_t a1, std::size_t b0,
                      std::size_t b1) {
    double sum = 0;
    for (std::size_t i = a0; i < a1; ++i)
        for (std::size_t j = b0; j < b1; ++j)
            sum += similarity[i][j];
    return sum / static_cast<double>((a1 - a0) * (b1 - b0));
}

} // namespace

std::vector<DetectedSection> segmentSections(const FrameFeatures& features, const std::vector<double>& beats,
                                             double duration) {
    if (features.frames() < 2)
        return {{"A", 0, duration}};
    const auto edges = blockEdges(features, beats);
    const auto vectors = blockVectors(features, edges);
    const std::size_t blocks = vectors.size();
    std::vector<Vector> similarity(blocks, Vector(blocks));
    for (std::size_t i = 0; i < blocks; ++i)
        for (std::size_t j = i; j < blocks; ++j)
            similarity[i][j] = similarity[j][i] =
                std::inner_product(vectors[i].begin(), vectors[i].end(), vectors[j].begin(), 0.0);

    // A kernel of 16 blocks on either side (four bars of 4/4) and sections of at least 8.
    constexpr std::ptrdiff_t kHalf = 8;
    constexpr std::size_t kShortest = 8;
    const Vector curve = novelty(similarity, kHalf);
    const double mean = std::accumulate(curve.begin(), curve.end(), 0.0) / static_cast<double>(blocks);
    double square = 0;
    for (const double x : curve)
        square += (x - mean) * (x - mean);
    const double threshold = mean + 0.25 * std::sqrt(square / static_cast<double>(blocks));
    std::vector<std::size_t> starts{0};
    for (std::size_t i = kShortest; i + kShortest <= blocks; ++i) {
        const auto lo = i - kShortest, hi = std::min(blocks, i + kShortest + 1);
        const bool peak = std::max_element(curve.begin() + static_cast<std::ptrdiff_t>(lo),
                                           curve.begin() + static_cast<std::ptrdiff_t>(hi)) -
                              curve.begin() ==
                          static_cast<std::ptrdiff_t>(i);
        if (peak && curve[i] > threshold && i - starts.back() >= kShortest)
            starts.push_back(i);
    }
    starts.push_back(blocks);

    // Label: a section takes the letter of the first earlier section it resembles nearly as
    // much as each resembles itself.
    std::vector<DetectedSection> sections;
    std::vector<std::size_t> firstOfLabel;
    for (std::size_t s = 0; s + 1 < starts.size(); ++s) {
        const auto a0 = starts[s], a1 = starts[s + 1];
        const double self = meanSimilarity(similarity, a0, a1, a0, a1);
        std::size_t label = firstOfLabel.size();
        for (std::size_t l = 0; l < firstOfLabel.size(); ++l) {
            const auto b = firstOfLabel[l];
            const auto b0 = starts[b], b1 = starts[b + 1];
            const double other = meanSimilarity(similarity, b0, b1, b0, b1);
            if (meanSimilarity(similarity, a0, a1, b0, b1) >= 0.95 * std::min(self, other)) {
                label = l;
                break;
            }
        }
        if (label == firstOfLabel.size())
            firstOfLabel.push_back(s);
        const auto seconds = [&](std::size_t block) {
            return block == 0 ? 0.0 : block >= blocks ? duration : features.frameSeconds(edges[block]);
        };
        std::string name = label < 26 ? std::string(1, static_cast<char>('A' + label)) : "Z" + std::to_string(label);
        if (!sections.empty() && sections.back().label == name)
            sections.back().end = seconds(a1); // a boundary between two alike stretches is none
        else
            sections.push_back({std::move(name), seconds(a0), seconds(a1)});
    }
    return sections;
}

} // namespace cadenza

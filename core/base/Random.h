// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace cadenza {

// A seeded generator whose sequence is fixed by this code alone (xoshiro256**), unlike
// the standard distributions whose output differs between library implementations.
// Each part of the composer forks its own named stream, so changing how the drums use
// randomness does not change the melody of the same seed.
class Random {
  public:
    explicit Random(std::uint64_t seed) {
        for (auto& word : state_)
            word = splitMix(seed);
    }

    // An independent stream named for the part that uses it.
    Random fork(std::string_view name) const {
        std::uint64_t h = 1469598103934665603ULL; // FNV-1a
        for (const char c : name)
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        return Random(state_[0] ^ h);
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [lo, hi] inclusive.
    int between(int lo, int hi) {
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<int>(next() % span);
    }
    bool chance(double probability) { return uniform() < probability; }
    template <typename T> const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))];
    }

  private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t& x) {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::uint64_t state_[4]{};
};

} // namespace cadenza

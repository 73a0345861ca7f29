// SPDX-License-Identifier: GPL-3.0-or-later
// playback-bench: how closely the player's null output (the studio's output on a machine
// without a sound device, and the tests') keeps real time. Plays 5 s of a 6-stem track
// three times and prints, each time, the position reached against the wall-clock time.
// Then the mixer's own cost: the 60 s of 6 stems rendered in 512-frame blocks as fast as
// the callback can go (mixing, gain ramps, the meters and the momentary loudness), as a
// multiple of real time: the audio thread's headroom.

#include "playback/AudioOutput.h"
#include "playback/Player.h"

#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

int main() {
    using namespace cadenza;
    std::vector<Stem> stems;
    for (const char* name : {"drums", "bass", "harmony", "pad", "arp", "lead"})
        stems.push_back({name, StereoBuffer(44100, 60 * 44100)});
    for (int run = 0; run < 3; ++run) {
        Player player;
        player.load(stems);
        const auto output = openNullOutput([&](float* out, std::size_t frames) { player.render(out, frames); }, 44100);
        const auto start = std::chrono::steady_clock::now();
        player.play();
        std::this_thread::sleep_for(std::chrono::seconds(5));
        const double position = player.position();
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("run %d: played %.3f s in %.3f s of wall time: %.4fx real time\n", run + 1, position, wall,
                    position / wall);
    }
    for (int run = 0; run < 3; ++run) {
        Player player;
        player.load(stems);
        player.play();
        std::vector<float> block(2 * 512);
        const auto start = std::chrono::steady_clock::now();
        while (player.playing())
            player.render(block.data(), 512);
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("render run %d: 60 s of 6 stems in %.3f s: %.0fx real time\n", run + 1, wall, 60 / wall);
    }
    return 0;
}

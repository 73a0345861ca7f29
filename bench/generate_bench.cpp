// SPDX-License-Identifier: GPL-3.0-or-later
// generate-bench [SECONDS] [PROMPT...]
//
// Generates a song per prompt (default: five prompts, 180 s each) and prints the real-time
// factor (song seconds per second of wall time) of each stage and of the whole, next to the
// time the `fluidsynth` command-line renderer alone takes to render the same MIDI file: the
// naive baseline, measured in the same run on the same machine.

#include "base/ResourcePaths.h"
#include "compose/MidiFile.h"
#include "engines/SongFiles.h"
#include "engines/SymbolicEngine.h"
#include "music/Catalog.h"
#include "prompt/Interpret.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using namespace cadenza;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Wall time of `fluidsynth` rendering the MIDI file to a WAV file, or -1 when it fails.
double fluidsynthBaseline(const std::filesystem::path& midi, const std::filesystem::path& soundFont,
                          const std::filesystem::path& wav) {
    const std::string command = "fluidsynth -ni -q -g 0.5 -r 44100 -F '" + wav.string() + "' '" + soundFont.string() +
                                "' '" + midi.string() + "' > /dev/null 2>&1";
    const auto start = Clock::now();
    const int status = std::system(command.c_str());
    return status == 0 ? secondsSince(start) : -1;
}

} // namespace

int main(int argc, char* argv[]) {
    const double duration = argc > 1 ? std::atof(argv[1]) : 180.0;
    std::vector<std::string> prompts;
    for (int i = 2; i < argc; ++i)
        prompts.emplace_back(argv[i]);
    if (prompts.empty())
        prompts = {"energetic house track at 124 bpm in A minor", "smooth late-night jazz trio with brushes",
                   "epic cinematic orchestral trailer music", "angry distorted rock riff, fast",
                   "chill lo-fi hip hop beat for studying, 80 bpm"};

    const auto work = std::filesystem::temp_directory_path() / ("cadenza-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(work);
    const Catalog catalog = Catalog::load(resourceDirectory());
    // The baseline renders the same MIDI file with FluidR3, the General MIDI font the
    // engine used before it had a palette.
    const std::filesystem::path soundFont = catalog.palette.fonts.at("fluidr3").file;
    const SymbolicEngine engine(catalog);

    std::printf("%-46s %8s %8s %8s %8s %8s %9s %9s\n", "prompt", "interp", "compose", "render", "master", "write",
                "whole", "fluidsyn");
    std::printf("%-46s %8s %8s %8s %8s %8s %9s %9s\n", "", "x RT", "x RT", "+mix x RT", "x RT", "x RT", "x RT", "x RT");
    double totalWhole = 0, totalBaseline = 0;
    for (std::size_t i = 0; i < prompts.size(); ++i) {
        const auto started = Clock::now();
        const StyleSpec spec = interpret(prompts[i], {.duration = duration, .seed = 1000 + i}, catalog);
        const double interpretSeconds = secondsSince(started);
        const auto folder = work / std::to_string(i);
        SongWriter writer(folder);
        const Song song =
            engine.generate(spec, {}, CancelToken(), [&](const Score& score, const std::vector<Stem>& stems) {
                writer.writeParts(score, stems);
            });
        const auto writeStart = Clock::now();
        writer.finish(song);
        const double writeSeconds = secondsSince(writeStart);
        const double whole = secondsSince(started);
        const double baseline = fluidsynthBaseline(folder / "song.mid", soundFont, folder / "baseline.wav");
        totalWhole += whole;
        totalBaseline += baseline;
        const auto rt = [&](double seconds) { return seconds > 0 ? duration / seconds : 0.0; };
        std::printf("%-46.46s %8.0f %8.0f %8.1f %8.1f %8.1f %9.1f %9.1f\n", prompts[i].c_str(), rt(interpretSeconds),
                    rt(song.stageSeconds.at("compose")), rt(song.stageSeconds.at("render")),
                    rt(song.stageSeconds.at("master")), rt(writeSeconds), rt(whole), rt(baseline));
    }
    const double songSeconds = duration * static_cast<double>(prompts.size());
    std::printf("all %zu songs: whole %.1fx real time (%.2f s per %.0f s song); fluidsynth CLI alone %.1fx real time\n",
                prompts.size(), songSeconds / totalWhole, totalWhole / static_cast<double>(prompts.size()), duration,
                songSeconds / totalBaseline);
    std::filesystem::remove_all(work);
    return 0;
}

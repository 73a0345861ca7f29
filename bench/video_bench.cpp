// SPDX-License-Identifier: GPL-3.0-or-later
// video-bench: the music video's speed. For each prompt it makes a song (the symbolic
// engine), then times
//  - renderMusicVideo: the frames drawn here, piped to ffmpeg (x264 and AAC), and
//  - a baseline in the same run: ffmpeg alone encoding the song with one still picture of
//    the same size, the same encoder settings and the same audio, which is the least any
//    1080p video of the song costs with this encoder.
// Prints both as multiples of real time and their ratio. Usage: video-bench [SECONDS].

#include "base/ResourcePaths.h"
#include "engines/SongFiles.h"
#include "engines/SymbolicEngine.h"
#include "music/Catalog.h"
#include "prompt/Interpret.h"
#include "visual/MusicVideo.h"

#include <QGuiApplication>
#include <QImage>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

using namespace cadenza;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double stillBaseline(const std::filesystem::path& folder, double duration) {
    QImage still(1920, 1080, QImage::Format_RGB32);
    still.fill(QColor(40, 30, 50));
    still.save(QString::fromStdString((folder / "still.png").string()));
    const std::string command =
        "ffmpeg -v error -y -loop 1 -framerate 30 -t " + std::to_string(duration) + " -i '" +
        (folder / "still.png").string() + "' -i '" + (folder / "song.wav").string() +
        "' -c:v libx264 -preset ultrafast -tune stillimage -crf 20 -pix_fmt yuv420p -c:a aac -b:a 192k -shortest "
        "-movflags +faststart '" +
        (folder / "still.mp4").string() + "'";
    const auto start = Clock::now();
    return std::system(command.c_str()) == 0 ? secondsSince(start) : -1;
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const double duration = argc > 1 ? std::atof(argv[1]) : 120.0;
    const std::vector<std::string> prompts = {"energetic house track at 124 bpm in A minor",
                                              "epic cinematic orchestral trailer music",
                                              "chill lo-fi hip hop beat for studying, 80 bpm"};
    const auto work = std::filesystem::temp_directory_path() / ("cadenza-video-bench-" + std::to_string(::getpid()));
    const Catalog catalog = Catalog::load(resourceDirectory());
    const SymbolicEngine engine(catalog, RenderSettings{});
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("%-46s %10s %10s %8s\n", "prompt", "video xRT", "still xRT", "ratio");
    double totalVideo = 0, totalStill = 0;
    for (std::size_t i = 0; i < prompts.size(); ++i) {
        const auto folder = work / std::to_string(i);
        const StyleSpec spec = interpret(prompts[i], {.duration = duration, .seed = 2000 + i}, catalog);
        writeSongFiles(engine.generate(spec, {}, CancelToken()), folder);
        TrackFiles track;
        track.record.title = prompts[i];
        track.record.genre = spec.genre;
        track.record.mood = spec.mood;
        track.record.key = spec.key.name();
        track.record.tempo = spec.tempo;
        track.record.seed = static_cast<std::int64_t>(spec.seed);
        track.folder = folder;
        const auto start = Clock::now();
        renderMusicVideo(track, folder / "video.mp4");
        const double video = secondsSince(start);
        const double still = stillBaseline(folder, duration);
        totalVideo += video;
        totalStill += still;
        std::printf("%-46.46s %10.1f %10.1f %8.2f\n", prompts[i].c_str(), duration / video, duration / still,
                    still / video);
    }
    const double all = duration * static_cast<double>(prompts.size());
    std::printf("all %zu videos (%.0f s each, 1920x1080 at 30 fps): %.1fx real time; a still picture alone %.1fx; "
                "ratio %.2f\n",
                prompts.size(), duration, all / totalVideo, all / totalStill, totalStill / totalVideo);
    std::filesystem::remove_all(work);
    return 0;
}

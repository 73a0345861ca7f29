// SPDX-License-Identifier: GPL-3.0-or-later
// sound-report [--seconds S] [--seeds A,B] [--genres a,b] [--bands] [--spectrograms DIR] [FILE|SONG_FOLDER...]
//
// What a mix engineer checks, for songs the engine makes in every genre (or the ones named)
// and for recordings given as files: the mix's left/right correlation and what summing to
// mono costs, the worst stem's correlation, and the tonal balance (the 125 Hz and 8 kHz
// octaves against 1 kHz, and the slope from 125 Hz to 8 kHz per octave; --bands adds every
// octave from 125 Hz to 8 kHz against 1 kHz). With
// --spectrograms DIR, writes each song's spectrogram there as <genre>-<seed>.jpg (30 Hz to
// 16 kHz upwards on a log axis, -90 to 0 dB from dark to bright).

#include "analysis/SoundImage.h"
#include "audio/AudioImport.h"
#include "base/ResourcePaths.h"
#include "dsp/Spectrogram.h"
#include "engines/SymbolicEngine.h"
#include "music/Catalog.h"
#include "prompt/Interpret.h"

#include <QColor>
#include <QImage>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace cadenza;

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty())
            out.push_back(item);
    return out;
}

bool showBands = false;

void printRow(const std::string& name, const StereoBuffer& mix, const std::vector<Stem>& stems) {
    const auto image = measureStereoImage(mix);
    const auto balance = measureTonalBalance(mix);
    std::string worstStem = "-";
    double worst = 2;
    for (const auto& stem : stems)
        if (const double c = measureStereoImage(stem.audio).correlation; c < worst) {
            worst = c;
            worstStem = stem.group;
        }
    char stemText[64] = "";
    if (!stems.empty())
        std::snprintf(stemText, sizeof stemText, "%+.2f (%s)", worst, worstStem.c_str());
    std::printf("%-22.22s %+6.2f %6.1f  %-18s %6.1f %6.1f %6.2f", name.c_str(), image.correlation, image.monoLossDb,
                stemText, balance.lowDb, balance.highDb, balance.slopeDbPerOctave);
    if (showBands)
        for (const double band : balance.bandDb)
            std::printf(" %6.1f", band);
    std::printf("\n");
}

// The spectrogram as a JPEG (log frequency up, time across), to look at.
void writeSpectrogram(const StereoBuffer& audio, const std::filesystem::path& file) {
    const Spectrogram s = computeSpectrogram(audio, 240);
    QImage image(s.frames, s.bands, QImage::Format_RGB32);
    for (int band = 0; band < s.bands; ++band)
        for (int frame = 0; frame < s.frames; ++frame) {
            const float level = std::clamp((s.at(frame, band) + 90.0f) / 90.0f, 0.0f, 1.0f);
            image.setPixelColor(frame, s.bands - 1 - band,
                                QColor::fromHsvF(0.7f - 0.7f * level, 0.9f, std::min(1.0f, 0.15f + level)));
        }
    image.scaled(900, 360, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .save(QString::fromStdString(file.string()), nullptr, 85);
}

} // namespace

int run(int argc, char* argv[]) {
    double seconds = 60;
    std::vector<std::uint64_t> seeds{1};
    std::vector<std::string> genres;
    std::vector<std::string> files;
    std::filesystem::path pictures;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (arg == "--seconds")
            seconds = std::atof(next().c_str());
        else if (arg == "--seeds") {
            seeds.clear();
            for (const auto& s : split(next()))
                seeds.push_back(std::strtoull(s.c_str(), nullptr, 10));
        } else if (arg == "--genres")
            genres = split(next());
        else if (arg == "--bands")
            showBands = true;
        else if (arg == "--spectrograms")
            pictures = next();
        else if (arg == "--help" || arg == "-h") {
            std::printf("usage: sound-report [--seconds S] [--seeds A,B] [--genres a,b] [--bands] "
                        "[--spectrograms DIR] [FILE|SONG_FOLDER...]\n");
            return 0;
        } else
            files.push_back(arg);
    }
    std::printf("%-22s %6s %6s  %-18s %6s %6s %6s\n", "", "corr", "mono", "worst stem", "125Hz", "8kHz", "slope");
    std::printf("%-22s %6s %6s  %-18s %6s %6s %6s\n", "", "", "dB", "corr", "dB", "dB", "dB/oct");
    for (const auto& file : files) {
        // A song folder (song.wav and stems/) or an audio file.
        const std::filesystem::path path = file;
        if (std::filesystem::is_directory(path)) {
            std::vector<Stem> stems;
            if (std::filesystem::is_directory(path / "stems"))
                for (const auto& entry : std::filesystem::directory_iterator(path / "stems"))
                    stems.push_back({entry.path().stem().string(), importAudio(entry.path(), 44100)});
            const StereoBuffer song = importAudio(path / "song.wav", 44100);
            printRow(path.filename().string(), song, stems);
            if (!pictures.empty()) {
                std::filesystem::create_directories(pictures);
                writeSpectrogram(song, pictures / (path.filename().string() + ".jpg"));
            }
            continue;
        }
        printRow(path.filename().string(), importAudio(path, 44100), {});
    }
    if (!files.empty() && genres.empty())
        return 0;
    const Catalog catalog = Catalog::load(resourceDirectory());
    const SymbolicEngine engine(catalog, RenderSettings{});
    if (genres.empty())
        for (const auto& g : catalog.genres)
            genres.push_back(g.id);
    if (!pictures.empty())
        std::filesystem::create_directories(pictures);
    for (const auto& genre : genres)
        for (const auto seed : seeds) {
            const StyleSpec spec = interpret(genre, {.genre = genre, .duration = seconds, .seed = seed}, catalog);
            const Song song = engine.generate(spec, {}, CancelToken());
            printRow(genre + " #" + std::to_string(seed), song.master.audio, song.stems);
            if (!pictures.empty())
                writeSpectrogram(song.master.audio, pictures / (genre + "-" + std::to_string(seed) + ".jpg"));
        }
    return 0;
}

int main(int argc, char* argv[]) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sound-report: %s\n", e.what());
        return 1;
    }
}

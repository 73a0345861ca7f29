// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz-seeds DIR: writes the fuzzer's seed corpus, small valid files in every format the
// import reads (WAV, FLAC, Ogg Vorbis, Opus, MP3), with libsndfile.

#include <sndfile.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char* argv[]) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz-seeds DIR\n");
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::filesystem::create_directories(dir);
    struct Seed {
        const char* name;
        int format;
        int rate;
    };
    const Seed seeds[] = {{"seed.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 22050},
                          {"seed.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 22050},
                          {"seed.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 22050},
                          {"seed.opus", SF_FORMAT_OGG | SF_FORMAT_OPUS, 48000},
                          {"seed.mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, 22050}};
    for (const auto& seed : seeds) {
        SF_INFO info{};
        info.samplerate = seed.rate;
        info.channels = 1;
        info.format = seed.format;
        SNDFILE* file = sf_open((dir / seed.name).c_str(), SFM_WRITE, &info);
        if (file == nullptr) {
            std::fprintf(stderr, "%s: %s\n", seed.name, sf_strerror(nullptr));
            return 1;
        }
        std::vector<float> tone(static_cast<std::size_t>(seed.rate / 4)); // a quarter second
        for (std::size_t i = 0; i < tone.size(); ++i)
            tone[i] = static_cast<float>(0.4 * std::sin(2 * M_PI * 440 * static_cast<double>(i) / seed.rate));
        sf_writef_float(file, tone.data(), static_cast<sf_count_t>(tone.size()));
        sf_close(file);
    }
    return 0;
}

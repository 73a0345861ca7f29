// SPDX-License-Identifier: GPL-3.0-or-later
// transcribe-bench [SECONDS]
//
// Transcription with Basic Pitch on the engine's own songs, whose notes are known exactly:
//  1. accuracy: for each instrument below, its stem in a song of the genre that plays it,
//     transcribed alone and scored against its part's notes with mir_eval's definitions
//     (onset-only and with offsets; drums left out), then the full mix against every
//     pitched part at once;
//  2. harmony: for a 30 s song of every genre, the chords found in the notes of its
//     pitched parts against the score's (root and third, at each bar's middle), and the key
//     of the notes against the chroma key of the analysis, both against the song's key;
//  3. speed: the real-time factor of a song of SECONDS (default 180) from its mix, post-
//     processing included, with the mono resampling and the network timed apart, beside
//     the engine's own analysis of the same mix in the same run as the baseline.

#include "analysis/Analysis.h"
#include "audio/Resample.h"
#include "base/ResourcePaths.h"
#include "engines/SymbolicEngine.h"
#include "engines/Transcriber.h"
#include "music/Catalog.h"
#include "prompt/Interpret.h"
#include "render/Mastering.h"
#include "transcribe/NoteAccuracy.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace cadenza;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The sum of the song's stems of `onlyGroup` (all of them when empty; with "pitched",
// all but the drums).
StereoBuffer mixOf(const Song& song, const std::string& onlyGroup = {}) {
    std::vector<Stem> kept;
    for (const auto& stem : song.stems)
        if (onlyGroup.empty() || stem.group == onlyGroup || (onlyGroup == "pitched" && stem.group != "drums"))
            kept.push_back(stem);
    return mixStems(kept);
}

std::vector<TranscribedNote> truthOf(const Song& song, const std::string& onlyGroup = {}) {
    std::vector<TranscribedNote> notes;
    for (const auto& part : song.score.parts) {
        if (part.drums() || (!onlyGroup.empty() && part.group != onlyGroup))
            continue;
        const auto some = partNotes(song.score, part);
        notes.insert(notes.end(), some.begin(), some.end());
    }
    return notes;
}

// The median of (found - true) onset, over true notes with a found note of the same pitch
// within 100 ms: a systematic lag would show here.
double onsetBiasMs(const std::vector<TranscribedNote>& truth, const std::vector<TranscribedNote>& found) {
    std::vector<double> lags;
    for (const auto& t : truth) {
        double best = 1;
        for (const auto& f : found)
            if (f.pitch == t.pitch && std::abs(f.start - t.start) < std::abs(best))
                best = f.start - t.start;
        if (std::abs(best) <= 0.1)
            lags.push_back(best * 1000);
    }
    if (lags.empty())
        return 0;
    std::nth_element(lags.begin(), lags.begin() + static_cast<std::ptrdiff_t>(lags.size() / 2), lags.end());
    return lags[lags.size() / 2];
}

struct Case {
    const char* instrument;
    const char* genre;
    const char* group; // empty: the full mix
};

} // namespace

int main(int argc, char** argv) {
    const double seconds = argc > 1 ? std::atof(argv[1]) : 180;
    const Catalog catalog = Catalog::load(resourceDirectory());
    const SymbolicEngine engine(catalog, RenderSettings{});

    std::printf("accuracy (30 s of each; mir_eval: onset 50 ms, offset max(50 ms, 20%%))\n");
    std::printf("%-12s %-10s %6s %6s %8s %8s %9s %10s %9s\n", "instrument", "genre", "notes", "found", "onset P",
                "onset R", "onset F1", "offset F1", "lag ms");
    const std::vector<Case> cases = {{"piano", "ballad", "harmony"},  {"guitar", "rock", "harmony"},
                                     {"bass", "funk", "bass"},        {"synth lead", "synthwave", "lead"},
                                     {"strings", "cinematic", "pad"}, {"full mix", "pop", ""}};
    std::uint64_t seed = 900;
    for (const auto& c : cases) {
        const StyleSpec spec = interpret(c.genre, {.duration = 30, .seed = ++seed}, catalog);
        const Song song = engine.generate(spec, {}, CancelToken());
        const auto truth = truthOf(song, c.group);
        const auto audio = mixOf(song, c.group);
        if (truth.empty() || audio.frames() == 0) {
            std::printf("%-12s %-10s (no %s part)\n", c.instrument, c.genre, c.group);
            continue;
        }
        TranscribeRequest request;
        request.tempo = song.score.tempo;
        const auto found = transcribeAudio(audio, request).notes;
        const auto onsets = noteScores(truth, found, false);
        const auto offsets = noteScores(truth, found, true);
        std::printf("%-12s %-10s %6d %6d %8.3f %8.3f %9.3f %10.3f %9.1f\n", c.instrument, c.genre, onsets.reference,
                    onsets.estimated, onsets.precision, onsets.recall, onsets.f1, offsets.f1,
                    onsetBiasMs(truth, found));
    }

    std::printf("\nharmony (30 s of each genre; chords: root and third at each bar's middle)\n");
    std::printf("%-14s %-10s %8s %-12s %-12s %-12s\n", "genre", "bars", "chords", "key", "notes' key", "chroma key");
    int notesRight = 0, chromaRight = 0, genres = 0, barsAgreeing = 0, barsTotal = 0;
    for (const auto& genre : catalog.genres) {
        const StyleSpec style = interpret(genre.name, {.duration = 30, .seed = ++seed}, catalog);
        const Song song = engine.generate(style, {}, CancelToken());
        const Score& score = song.score;
        const StereoBuffer pitched = mixOf(song, "pitched");
        TranscribeRequest request;
        request.tempo = score.tempo;
        for (Tick tick = 0; tick < score.musicTicks(); tick += Score::kTicksPerQuarter)
            request.beats.push_back(score.secondsAt(tick));
        const auto transcription = transcribeAudio(pitched, request);
        const int agree = barsWithTheScoresChord(score, transcription.chords);
        const Key chromaKey = analyzeAudio(mixOf(song), {}, CancelToken()).key;
        const bool notesOk = transcription.notesKey && *transcription.notesKey == score.key;
        notesRight += notesOk ? 1 : 0;
        chromaRight += chromaKey == score.key ? 1 : 0;
        ++genres;
        barsAgreeing += agree;
        barsTotal += score.bars;
        std::printf("%-14s %3d/%-6d %7.0f%% %-12s %-12s %-12s\n", genre.name.c_str(), agree, score.bars,
                    100.0 * agree / std::max(1, score.bars), score.key.name().c_str(),
                    transcription.notesKey ? transcription.notesKey->name().c_str() : "-", chromaKey.name().c_str());
    }
    std::printf("chords: %d of %d bars (%.0f%%); key: notes %d of %d, chroma %d of %d\n", barsAgreeing, barsTotal,
                100.0 * barsAgreeing / std::max(1, barsTotal), notesRight, genres, chromaRight, genres);

    const StyleSpec spec = interpret("pop", {.duration = seconds, .seed = 77}, catalog);
    const Song song = engine.generate(spec, {}, CancelToken());
    const StereoBuffer mix = mixOf(song);
    const double audioSeconds = mix.seconds();

    auto start = Clock::now();
    const auto mono = monoAt(mix, Posteriorgrams::kSampleRate);
    const double resampleSeconds = secondsSince(start);

    TranscribeRequest request;
    request.tempo = song.score.tempo;
    transcribeAudio(mix, request); // loads the module and the model once
    start = Clock::now();
    const auto transcription = transcribeAudio(mix, request);
    const double transcribeSeconds = secondsSince(start);

    start = Clock::now();
    analyzeAudio(mix, {}, CancelToken());
    const double analysisSeconds = secondsSince(start);

    std::printf("\nspeed: %.0f s of pop, %zu notes\n", audioSeconds, transcription.notes.size());
    std::printf("  transcription   %6.2f s  %6.1fx real time (mono resampling %.2f s of it)\n", transcribeSeconds,
                audioSeconds / transcribeSeconds, resampleSeconds);
    std::printf("  analysis        %6.2f s  %6.1fx real time (baseline)\n", analysisSeconds,
                audioSeconds / analysisSeconds);
    std::printf("  ratio           %6.2f (transcription time / analysis time)\n", transcribeSeconds / analysisSeconds);
    return 0;
}

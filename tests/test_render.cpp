// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering and mastering with the real FluidSynth and SoundFont: loudness and true-peak
// targets, stems that add up to the song, bit-identical output for equal input, files.

#include "TestSupport.h"

#include "audio/AudioFile.h"
#include "audio/IntegratedLoudness.h"
#include "audio/Loudness.h"
#include "audio/TruePeak.h"
#include "compose/Compose.h"
#include "engines/SongFiles.h"
#include "engines/SymbolicEngine.h"
#include "music/Palette.h"
#include "render/Mastering.h"

#include <nlohmann/json.hpp>

#include <ebur128.h>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <iterator>
#include <random>

using namespace cadenza;

namespace {

Song generate(const std::string& prompt, double duration, std::uint64_t seed) {
    const SymbolicEngine engine(test::catalog(), RenderSettings{});
    return engine.generate(test::spec(prompt, duration, seed), {}, CancelToken());
}

// libebur128's own true peak of one channel.
double referenceTruePeak(const std::vector<float>& samples, unsigned long rate) {
    ebur128_state* state = ebur128_init(1, rate, EBUR128_MODE_TRUE_PEAK);
    ebur128_add_frames_float(state, samples.data(), samples.size());
    double peak = 0;
    ebur128_true_peak(state, 0, &peak);
    ebur128_destroy(&state);
    return peak;
}

// libebur128's own integrated loudness and loudness range of a stereo buffer.
ProgrammeLoudness referenceLoudness(const StereoBuffer& audio) {
    ebur128_state* state =
        ebur128_init(2, static_cast<unsigned long>(audio.sampleRate), EBUR128_MODE_I | EBUR128_MODE_LRA);
    std::vector<float> interleaved;
    for (std::size_t i = 0; i < audio.frames(); ++i)
        interleaved.insert(interleaved.end(), {audio.left[i], audio.right[i]});
    ebur128_add_frames_float(state, interleaved.data(), audio.frames());
    ProgrammeLoudness measured;
    ebur128_loudness_global(state, &measured.integratedLufs);
    if (!std::isfinite(measured.integratedLufs))
        measured.integratedLufs = -70.0;
    ebur128_loudness_range(state, &measured.rangeLu);
    ebur128_destroy(&state);
    return measured;
}

std::string fileBytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

class RenderTest : public QObject {
    Q_OBJECT

  private slots:
    void masterMeetsLoudnessAndPeakTargets_data() {
        QTest::addColumn<QString>("prompt");
        for (const char* p :
             {"energetic house", "calm ambient soundscape", "angry metal", "sad piano ballad", "jazz trio"})
            QTest::newRow(p) << p;
    }
    void masterMeetsLoudnessAndPeakTargets() {
        QFETCH(QString, prompt);
        const Song song = generate(prompt.toStdString(), 20, 3);
        const auto measured = measureLoudness(song.master.audio);
        QVERIFY2(std::abs(measured.integratedLufs + 14.0) <= 1.0, qPrintable(QString::number(measured.integratedLufs)));
        QVERIFY2(measured.truePeakDbtp <= -1.0, qPrintable(QString::number(measured.truePeakDbtp)));
        float peak = 0;
        for (std::size_t i = 0; i < song.master.audio.frames(); ++i)
            peak = std::max({peak, std::abs(song.master.audio.left[i]), std::abs(song.master.audio.right[i])});
        QVERIFY(peak < 0.99f);
        // A fade-out: the last 50 ms are far quieter than the song.
        double tail = 0;
        const std::size_t n = song.master.audio.frames();
        for (std::size_t i = n - 2205; i < n; ++i)
            tail = std::max(tail, static_cast<double>(std::abs(song.master.audio.left[i])));
        QVERIFY(tail < 0.05);
    }

    void remasteringASpanKeepsTheRest() {
        const Song song = generate("energetic house", 20, 3);
        const StereoBuffer mix = mixStems(song.stems);
        const StereoBuffer& parent = song.master.audio;
        const auto frame = [&](double seconds) { return static_cast<std::size_t>(seconds * parent.sampleRate); };
        // The same mix mastered again over a span, and over the song's end (its fade-out),
        // with the gains the master reports: the bus picks up where it was, so the result
        // is the master as it was, and is exactly that outside the span's edges.
        for (const auto& [from, until] : {std::pair{5.0, 8.0}, std::pair{16.0, 20.0}}) {
            const auto again = remasterSpan(mix, parent, song.master.gains, frame(from), frame(until),
                                            {.fadeOutSeconds = 1.0}, CancelToken());
            QVERIFY(again);
            float inside = 0, outside = 0;
            for (std::size_t f = 0; f < parent.frames(); ++f) {
                const float d = std::abs(again->audio.left[f] - parent.left[f]);
                float& worst = f + frame(0.3) >= frame(from) && f < frame(until + 1.05) ? inside : outside;
                worst = std::max(worst, d);
            }
            QCOMPARE(outside, 0.0f);
            QVERIFY2(inside < 1e-5f, qPrintable(QString::number(inside)));
            QVERIFY(std::abs(again->loudness.integratedLufs - song.master.loudness.integratedLufs) < 1e-3);
        }
        // A span 8 dB louder misses the target: the song is to be mastered whole.
        StereoBuffer louder = mix;
        for (std::size_t f = frame(2); f < frame(18); ++f) {
            louder.left[f] *= 2.5f;
            louder.right[f] *= 2.5f;
        }
        QVERIFY(!remasterSpan(louder, parent, song.master.gains, frame(2), frame(18), {.fadeOutSeconds = 1.0},
                              CancelToken()));
    }

    void truePeakAgreesWithLibebur128_data() {
        QTest::addColumn<int>("rate");
        for (const int rate : {44100, 48000, 96000, 192000})
            QTest::newRow(qPrintable(QString::number(rate))) << rate;
    }
    void truePeakAgreesWithLibebur128() {
        QFETCH(int, rate);
        const auto n = static_cast<std::size_t>(rate); // one second
        std::vector<std::vector<float>> inputs;
        // A sine at a quarter of the rate, sampled 45 degrees off its crests: every sample
        // reads 0.5 of an amplitude of 0.707, so only the oversampled signal finds the peak.
        std::vector<float> quarter(n);
        for (std::size_t i = 0; i < n; ++i)
            quarter[i] = static_cast<float>(0.707 * std::sin(M_PI / 2 * static_cast<double>(i) + M_PI / 4));
        inputs.push_back(quarter);
        std::mt19937 random(7);
        std::uniform_real_distribution<float> uniform(-0.9F, 0.9F);
        std::vector<float> noise(n);
        for (auto& x : noise)
            x = uniform(random);
        inputs.push_back(noise);
        std::vector<float> click(n, 0.0F); // one sample, at the very start and near the end
        click[0] = 0.8F;
        click[n - 3] = -0.6F;
        inputs.push_back(click);
        inputs.push_back(std::vector<float>(1001, 0.25F)); // a step, shorter than a block
        if (rate == 44100) {
            const Song song = generate("energetic house", 8, 5);
            inputs.push_back(song.master.audio.left);
            inputs.push_back(song.master.audio.right);
        }
        for (const auto& signal : inputs) {
            const double ours = truePeak(signal, rate);
            const double theirs = referenceTruePeak(signal, static_cast<unsigned long>(rate));
            QVERIFY2(std::abs(gainToDb(ours) - gainToDb(theirs)) < 0.001,
                     qPrintable(QString("%1 against libebur128's %2").arg(ours).arg(theirs)));
        }
        if (rate < 96000) // the oversampled sine is found well above its samples
            QVERIFY(truePeak(inputs[0], rate) > 0.69F);
    }

    void loudnessAgreesWithLibebur128_data() {
        QTest::addColumn<int>("rate");
        for (const int rate : {44100, 48000, 96000})
            QTest::newRow(qPrintable(QString::number(rate))) << rate;
    }
    void loudnessAgreesWithLibebur128() {
        QFETCH(int, rate);
        std::vector<StereoBuffer> inputs;
        // Pink-ish noise that swells and fades over 6 s, three times, so that both gates
        // take blocks out.
        std::mt19937 random(11);
        std::normal_distribution<float> normal(0.0F, 1.0F);
        StereoBuffer swell(rate, static_cast<std::size_t>(18.3 * rate));
        float low = 0;
        for (std::size_t i = 0; i < swell.frames(); ++i) {
            const double t = static_cast<double>(i) / rate;
            const auto level = static_cast<float>(std::pow(10.0, -2.5 * std::abs(std::sin(M_PI * t / 6))));
            low = 0.98F * low + 0.02F * normal(random);
            swell.left[i] = level * (0.1F * normal(random) + 2.0F * low);
            swell.right[i] = level * 0.5F * (0.1F * normal(random) - 2.0F * low);
        }
        inputs.push_back(swell);
        // Noise fading out by 25 dB over 20 s: a loudness range of most of that.
        StereoBuffer fade(rate, static_cast<std::size_t>(20 * rate));
        for (std::size_t i = 0; i < fade.frames(); ++i) {
            const auto level =
                static_cast<float>(std::pow(10.0, -1.25 * static_cast<double>(i) / static_cast<double>(fade.frames())));
            fade.left[i] = level * 0.1F * normal(random);
            fade.right[i] = level * 0.1F * normal(random);
        }
        inputs.push_back(fade);
        // A 40 Hz and a 10 kHz tone, where K-weighting cuts and lifts.
        StereoBuffer tones(rate, static_cast<std::size_t>(5 * rate));
        for (std::size_t i = 0; i < tones.frames(); ++i) {
            const double t = static_cast<double>(i) / rate;
            tones.left[i] = static_cast<float>(0.5 * std::sin(2 * M_PI * 40 * t));
            tones.right[i] = static_cast<float>(0.25 * std::sin(2 * M_PI * 10000 * t));
        }
        inputs.push_back(tones);
        inputs.emplace_back(rate, static_cast<std::size_t>(rate));     // silence
        inputs.emplace_back(rate, static_cast<std::size_t>(rate / 5)); // shorter than a block
        if (rate == 44100)
            inputs.push_back(generate("calm ambient soundscape", 8, 5).master.audio);
        for (const auto& input : inputs) {
            const ProgrammeLoudness ours = measureProgrammeLoudness(input);
            const ProgrammeLoudness theirs = referenceLoudness(input);
            QVERIFY2(
                std::abs(ours.integratedLufs - theirs.integratedLufs) < 0.01,
                qPrintable(
                    QString("%1 LUFS against libebur128's %2").arg(ours.integratedLufs).arg(theirs.integratedLufs)));
            QVERIFY2(
                std::abs(ours.rangeLu - theirs.rangeLu) < 0.01,
                qPrintable(QString("a range of %1 LU against libebur128's %2").arg(ours.rangeLu).arg(theirs.rangeLu)));
            QCOMPARE(measureIntegratedLoudness(input), ours.integratedLufs);
        }
        // The fade has a wide range; steady tones have none.
        QVERIFY(measureProgrammeLoudness(inputs[1]).rangeLu > 15);
        QVERIFY(measureProgrammeLoudness(inputs[2]).rangeLu < 0.1);
    }

    void filesAreCompleteAndStemsAddUpToTheSong() {
        const Song song = generate("funky disco groove", 15, 21);
        QTemporaryDir dir;
        writeSongFiles(song, dir.path().toStdString(), {.palette = &test::catalog().palette});
        const std::filesystem::path out = dir.path().toStdString();
        // song.json names each part's sound and where it comes from.
        nlohmann::json description;
        std::ifstream(out / "song.json") >> description;
        QCOMPARE(description.at("instruments").size(), song.score.parts.size());
        for (const auto& instrument : description.at("instruments")) {
            const PaletteSound& sound = test::catalog().palette.sound(instrument.at("sound").get<std::string>());
            const auto& source = instrument.at("sound_source");
            QCOMPARE(source.at("package").get<std::string>(), test::catalog().palette.packageOf(sound));
            QVERIFY(!source.at("licence").get<std::string>().empty());
            if (sound.kind == SoundKind::SoundFont)
                QVERIFY2(
                    source.at("from").get<std::string>().ends_with(", program " + std::to_string(sound.preset.program)),
                    source.dump().c_str());
        }
        const StereoBuffer mastered = readAudioFile(out / "song.wav");
        QCOMPARE(mastered.sampleRate, 44100);
        QCOMPARE(mastered.frames(), static_cast<std::size_t>(15 * 44100));
        QVERIFY(std::filesystem::exists(out / "song.mid"));
        QVERIFY(std::filesystem::exists(out / "song.json"));
        std::vector<Stem> stems;
        for (const char* group : {"drums", "bass", "harmony", "lead"})
            QVERIFY2(std::filesystem::exists(out / "stems" / (std::string(group) + ".wav")), group);
        for (const auto& entry : std::filesystem::directory_iterator(out / "stems")) {
            stems.push_back({entry.path().stem().string(), readAudioFile(entry.path())});
            QCOMPARE(stems.back().audio.frames(), mastered.frames());
            QCOMPARE(stems.back().audio.sampleRate, 44100);
        }
        QCOMPARE(stems.size(), song.stems.size());
        // The stem files on disk, summed, are the pre-master mix to 24-bit precision.
        const StereoBuffer fromDisk = mixStems(stems);
        const StereoBuffer inMemory = mixStems(song.stems);
        double worst = 0;
        for (std::size_t i = 0; i < fromDisk.frames(); ++i)
            worst = std::max(worst, static_cast<double>(std::abs(fromDisk.left[i] - inMemory.left[i])));
        QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
        // ... and mastering that sum again gives the song.
        const auto remastered = master(fromDisk, {.fadeOutSeconds = std::min(3.0, 15 * 0.05)});
        double error = 0, energy = 0;
        for (std::size_t i = 0; i < mastered.frames(); ++i) {
            const double d = remastered.audio.left[i] - mastered.left[i];
            error += d * d;
            energy += static_cast<double>(mastered.left[i]) * mastered.left[i];
        }
        QVERIFY2(10 * std::log10(error / energy) < -50, qPrintable(QString::number(10 * std::log10(error / energy))));
        // No temporary files are left behind.
        for (const auto& entry : std::filesystem::recursive_directory_iterator(out))
            QVERIFY2(entry.path().filename().string().find(".part-") == std::string::npos, entry.path().c_str());
    }

    void sameInputGivesBitIdenticalSong() {
        QTemporaryDir a, b, c;
        writeSongFiles(generate("dreamy synthwave", 10, 77), a.path().toStdString());
        writeSongFiles(generate("dreamy synthwave", 10, 77), b.path().toStdString());
        writeSongFiles(generate("dreamy synthwave", 10, 78), c.path().toStdString());
        const auto wav = [](const QTemporaryDir& d) {
            return fileBytes(std::filesystem::path(d.path().toStdString()) / "song.wav");
        };
        QVERIFY(wav(a) == wav(b));
        QVERIFY(wav(a) != wav(c));
    }

    void stemsDoNotDependOnTheThreadCount() {
        const auto score = compose(test::spec("deep house", 12, 6), test::catalog());
        const auto one = renderStems(score, test::catalog().palette, {44100, 1}, {}, CancelToken());
        const auto two = renderStems(score, test::catalog().palette, {44100, 2}, {}, CancelToken());
        QCOMPARE(one.size(), two.size());
        for (std::size_t i = 0; i < one.size(); ++i) {
            QCOMPARE(one[i].group, two[i].group);
            QVERIFY2(one[i].audio.left == two[i].audio.left && one[i].audio.right == two[i].audio.right,
                     one[i].group.c_str());
        }
    }

    void cancelWhileWritingLeavesNoFiles() {
        const SymbolicEngine engine(test::catalog(), RenderSettings{});
        QTemporaryDir dir;
        const std::filesystem::path out = dir.path().toStdString();
        CancelToken cancel;
        {
            SongWriter writer(out);
            const auto progress = [&](std::string_view stage, double) {
                if (stage == "master")
                    cancel.cancel();
            };
            QVERIFY_THROWS_EXCEPTION(OperationCancelled,
                                     engine.generate(test::spec("trance", 60, 2), progress, cancel,
                                                     [&](const Score& score, const std::vector<Stem>& stems) {
                                                         writer.writeParts(score, stems, cancel);
                                                     }));
        }
        for (const auto& entry : std::filesystem::recursive_directory_iterator(out))
            QVERIFY2(entry.is_directory(), entry.path().c_str());
    }

    // A font the palette names but the disk lacks: the engine says it is not installed and
    // which package brings it, and a song that needs it fails naming the file.
    void missingSoundFontIsAClearError() {
        Catalog catalog = test::catalog();
        catalog.palette.fonts.at("fluidr3").file = "/nonexistent/GM.sf2";
        const SymbolicEngine engine(catalog);
        QVERIFY(!engine.status().installed);
        QVERIFY2(engine.status().problem.find("/nonexistent/GM.sf2 (Debian's fluid-soundfont-gm)") != std::string::npos,
                 engine.status().problem.c_str());
        try {
            engine.generate(test::spec("pop", 10, 1, {.genre = "pop"}), {}, CancelToken());
            QFAIL("rendered without a SoundFont");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).find("/nonexistent/GM.sf2") != std::string::npos, e.what());
        }
    }

    void cancelStopsQuickly_data() {
        QTest::addColumn<QString>("stage");
        QTest::newRow("render") << "render";
        QTest::newRow("master") << "master";
    }
    void cancelStopsQuickly() {
        QFETCH(QString, stage);
        const SymbolicEngine engine(test::catalog(), RenderSettings{});
        CancelToken cancel;
        QElapsedTimer timer;
        double cancelledAt = -1;
        const auto progress = [&](std::string_view current, double fraction) {
            if (current == stage.toStdString() && fraction > 0.05 && cancelledAt < 0) {
                cancel.cancel();
                cancelledAt = static_cast<double>(timer.elapsed());
            }
        };
        timer.start();
        QVERIFY_THROWS_EXCEPTION(OperationCancelled, engine.generate(test::spec("rock", 120, 1), progress, cancel));
        QVERIFY(cancelledAt >= 0);
        // Latency is reported, not asserted: timing belongs in benchmarks.
        qInfo("cancel during %s took effect %.0f ms after it was requested", qPrintable(stage),
              static_cast<double>(timer.elapsed()) - cancelledAt);
    }
};

QTEST_GUILESS_MAIN(RenderTest)
#include "test_render.moc"

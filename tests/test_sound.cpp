// SPDX-License-Identifier: GPL-3.0-or-later
// The sound: every sound of the palette resolves to files on disk, every genre's mix is
// mono-compatible and within the tonal balance of real produced music, the piano and the
// drum kits respond to velocity with colour as well as level, the kick ducks the pad in
// house, and the synthesizers play in tune, glide where they should and cost nothing on
// silence.

#include "TestSupport.h"

#include "analysis/SoundImage.h"
#include "base/Denormals.h"
#include "engines/SymbolicEngine.h"
#include "render/SampleKitPlayer.h"
#include "render/SoundFontPlayer.h"
#include "render/StemMix.h"
#include "render/StemRenderer.h"
#include "render/SynthPlayer.h"
#include "render/SynthVoices.h"

#include <kiss_fftr.h>

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace cadenza;

namespace {

constexpr int kRate = 44100;

// The range of real produced music this project did not make (docs/sound.md: 50 recordings
// from Debian's game soundtracks), as measureTonalBalance reads it.
constexpr double kLowestLowDb = -5.5, kHighestLowDb = 16.0;
constexpr double kLowestHighDb = -32.6, kHighestHighDb = 6.1;
constexpr double kSteepestSlope = -6.24, kFlattestSlope = -0.76;

// A one-part score: `notes` (pitch, start and length in quarter notes, velocity) at 120 BPM.
Score onePart(const std::string& sound, const std::vector<std::array<double, 4>>& notes, double seconds,
              int channel = 0) {
    Score score;
    score.tempo = 120;
    score.durationSeconds = seconds;
    score.bars = static_cast<int>(seconds / 2) + 1;
    score.sections.push_back({"verse", 0, score.bars, 2});
    Part part;
    part.role = part.group = "lead";
    part.sound = sound;
    part.channel = channel;
    part.pan = 64;
    part.volume = 127;
    for (const auto& [pitch, start, length, velocity] : notes)
        part.notes.push_back({static_cast<Tick>(start * Score::kTicksPerQuarter),
                              static_cast<Tick>(length * Score::kTicksPerQuarter), static_cast<int>(pitch),
                              static_cast<int>(velocity)});
    score.parts.push_back(part);
    return score;
}

StereoBuffer play(const Score& score) {
    return renderStems(score, test::catalog().palette, {kRate, 1}, {}, CancelToken()).front().audio;
}

std::vector<float> window(const StereoBuffer& audio, double from, double seconds) {
    const auto start = static_cast<std::size_t>(from * kRate);
    const auto n = static_cast<std::size_t>(seconds * kRate);
    std::vector<float> out(n);
    for (std::size_t i = 0; i < n && start + i < audio.frames(); ++i)
        out[i] = 0.5f * (audio.left[start + i] + audio.right[start + i]);
    return out;
}

// The magnitude spectrum of a Hann-windowed stretch (size a power of two).
std::vector<double> spectrum(std::vector<float> x) {
    const int n = static_cast<int>(x.size());
    for (int i = 0; i < n; ++i)
        x[static_cast<std::size_t>(i)] *= static_cast<float>(0.5 - 0.5 * std::cos(2 * M_PI * i / n));
    kiss_fftr_cfg cfg = kiss_fftr_alloc(n, 0, nullptr, nullptr);
    std::vector<kiss_fft_cpx> bins(static_cast<std::size_t>(n / 2 + 1));
    kiss_fftr(cfg, x.data(), bins.data());
    kiss_fftr_free(cfg);
    std::vector<double> magnitudes(bins.size());
    for (std::size_t k = 0; k < bins.size(); ++k)
        magnitudes[k] = std::hypot(bins[k].r, bins[k].i);
    return magnitudes;
}

double centroidHz(const StereoBuffer& audio, double from, double seconds) {
    const auto m = spectrum(window(audio, from, seconds));
    double sum = 0, weighted = 0;
    const double binHz = static_cast<double>(kRate) / (2.0 * static_cast<double>(m.size() - 1));
    for (std::size_t k = 1; k < m.size(); ++k) {
        sum += m[k] * m[k];
        weighted += m[k] * m[k] * static_cast<double>(k) * binHz;
    }
    return weighted / sum;
}

// The frequency of the strongest peak between `lowest` and `highest` Hz, refined by a
// parabola on the log magnitudes.
double peakHz(const std::vector<float>& x, double lowest = 20, double highest = 20000) {
    const auto m = spectrum(x);
    const double binHz = static_cast<double>(kRate) / static_cast<double>(x.size());
    std::size_t best = std::max<std::size_t>(1, static_cast<std::size_t>(lowest / binHz));
    for (std::size_t k = best; k + 1 < m.size() && static_cast<double>(k) * binHz < highest; ++k)
        if (m[k] > m[best])
            best = k;
    const double a = std::log(m[best - 1]), b = std::log(m[best]), c = std::log(m[best + 1]);
    const double offset = 0.5 * (a - c) / (a - 2 * b + c);
    return (static_cast<double>(best) + offset) * kRate / static_cast<double>(x.size());
}

double rms(const std::vector<float>& x) {
    double sum = 0;
    for (const float v : x)
        sum += static_cast<double>(v) * v;
    return std::sqrt(sum / static_cast<double>(x.size()));
}

} // namespace

class SoundTest : public QObject {
    Q_OBJECT

  private slots:
    // Every sound resolves: its font and preset, its kit's samples, or its synthesizer, and
    // has been calibrated; every genre's band and every instrument word names sounds that
    // do. A package's file missing from the disk fails here.
    void everySoundResolves() {
        const Catalog& catalog = test::catalog();
        const Palette& palette = catalog.palette;
        QVERIFY(palette.sounds.size() >= 60);
        std::vector<std::string> all;
        for (const auto& [name, sound] : palette.sounds) {
            all.push_back(name);
            QVERIFY2(!sound.roles.empty() && !palette.licenceOf(sound).empty() && !palette.packageOf(sound).empty(),
                     name.c_str());
            // tools/palette-calibrator has measured its level and its render cost.
            QVERIFY2(sound.cost.has_value(), (name + " has no render_cost: run tools/palette-calibrator").c_str());
            if (sound.kind == SoundKind::Synth) {
                QVERIFY2(isSynthVoice(sound.synth) || sound.synth == "drums", name.c_str());
                continue;
            }
            // One note through it: the preset exists in its font, the samples decode, and
            // something sounds.
            const int pitch = sound.roles.contains("drums") ? 38 : 60;
            Score score =
                onePart(name, {{static_cast<double>(pitch), 0, 1, 100}}, 2, sound.roles.contains("drums") ? 9 : 0);
            const auto audio = play(score);
            QVERIFY2(rms(window(audio, 0, 1)) > 1e-4, name.c_str());
        }
        const auto missing = missingSoundFiles(palette, all);
        QVERIFY2(missing.empty(), missing.empty() ? "" : missing.front().c_str());
        for (const auto& genre : catalog.genres)
            for (const auto& [role, style] : genre.roles)
                QVERIFY2(palette.sound(style.sound).roles.contains(role), (genre.id + " " + role).c_str());
        QVERIFY(SymbolicEngine(catalog).status().installed);
    }

    // Every genre, at two seeds: no stem is out of phase (left/right correlation at or above
    // 0), the mix's correlation is at least 0.2, and summing it to mono costs at most 3 dB.
    // Its tonal balance lies within that of real produced music.
    void everyGenreIsMonoCompatibleAndBalanced_data() {
        QTest::addColumn<QString>("genre");
        QTest::addColumn<int>("seed");
        for (const auto& genre : test::catalog().genres)
            for (const int seed : {1, 2})
                QTest::newRow((genre.id + " " + std::to_string(seed)).c_str())
                    << QString::fromStdString(genre.id) << seed;
    }
    void everyGenreIsMonoCompatibleAndBalanced() {
        QFETCH(QString, genre);
        QFETCH(int, seed);
        const SymbolicEngine engine(test::catalog());
        const Song song = engine.generate(
            test::spec(genre.toStdString(), 30, static_cast<std::uint64_t>(seed), {.genre = genre.toStdString()}), {},
            CancelToken());
        for (const auto& stem : song.stems) {
            const auto image = measureStereoImage(stem.audio);
            QVERIFY2(image.correlation >= 0,
                     qPrintable(QString("%1: correlation %2").arg(stem.group.c_str()).arg(image.correlation)));
        }
        const auto mix = measureStereoImage(song.master.audio);
        QVERIFY2(mix.correlation >= 0.2, qPrintable(QString::number(mix.correlation)));
        QVERIFY2(mix.monoLossDb >= -3, qPrintable(QString::number(mix.monoLossDb)));
        const auto balance = measureTonalBalance(song.master.audio);
        const QString figures = QString("125 Hz %1 dB, 8 kHz %2 dB, slope %3 dB/octave")
                                    .arg(balance.lowDb)
                                    .arg(balance.highDb)
                                    .arg(balance.slopeDbPerOctave);
        QVERIFY2(balance.lowDb >= kLowestLowDb && balance.lowDb <= kHighestLowDb, qPrintable(figures));
        QVERIFY2(balance.highDb >= kLowestHighDb && balance.highDb <= kHighestHighDb, qPrintable(figures));
        QVERIFY2(balance.slopeDbPerOctave >= kSteepestSlope && balance.slopeDbPerOctave <= kFlattestSlope,
                 qPrintable(figures));
    }

    // The piano grows brighter as it is played harder, not only louder: its spectral
    // centroid rises with velocity.
    void pianoBrightensWithVelocity() {
        double previous = 0;
        for (const int velocity : {30, 70, 120}) {
            const auto audio = play(onePart("grand-piano", {{60, 0, 2, static_cast<double>(velocity)}}, 3));
            const double centroid = centroidHz(audio, 0.05, 16384.0 / kRate);
            qInfo("grand-piano C4 at velocity %3d: centroid %.0f Hz", velocity, centroid);
            QVERIFY2(centroid > previous * 1.05, qPrintable(QString::number(centroid)));
            previous = centroid;
        }
    }

    // A drum kit's soft hit is not a quieter loud hit: once their levels are matched, the
    // two still differ in colour (their spectra, normalised, differ by more than 10%).
    void drumKitsHaveVelocityLayers_data() {
        QTest::addColumn<QString>("kit");
        for (const char* kit : {"acoustic-kit-studio", "acoustic-kit-rock", "tr808-kit", "analog-kit"})
            QTest::newRow(kit) << kit;
    }
    void drumKitsHaveVelocityLayers() {
        QFETCH(QString, kit);
        const auto hit = [&](int velocity) {
            return window(play(onePart(kit.toStdString(), {{38, 0, 0.5, static_cast<double>(velocity)}}, 1, 9)), 0,
                          8192.0 / kRate);
        };
        const auto soft = spectrum(hit(35));
        const auto loud = spectrum(hit(120));
        double softSum = 0, loudSum = 0;
        for (std::size_t k = 0; k < soft.size(); ++k) {
            softSum += soft[k];
            loudSum += loud[k];
        }
        double difference = 0;
        for (std::size_t k = 0; k < soft.size(); ++k)
            difference += std::abs(soft[k] / softSum - loud[k] / loudSum);
        qInfo("%s snare: soft and loud spectra differ by %.0f%%", qPrintable(kit), 50 * difference);
        QVERIFY2(difference / 2 > 0.10, qPrintable(QString::number(difference / 2)));
    }

    // In house the pad ducks under every kick: right after a kick it is quieter than just
    // before the next one.
    void kickDucksThePadInHouse() {
        const Catalog& catalog = test::catalog();
        const GenreStyle& house = catalog.requireGenre("house");
        QVERIFY(house.sidechain && house.sidechain->roles.contains("pad"));
        const auto gain = sidechainGain({1.0, 1.5}, 2 * kRate, kRate, *house.sidechain);
        const double floor = std::pow(10.0, -house.sidechain->depthDb / 20);
        QVERIFY2(std::abs(gain[static_cast<std::size_t>(1.0 * kRate)] - floor) < 0.01, // all the way down at the kick
                 qPrintable(QString("%1 for %2").arg(gain[static_cast<std::size_t>(1.0 * kRate)]).arg(floor)));
        QCOMPARE(gain[static_cast<std::size_t>(0.9 * kRate)], 1.0f);
        QVERIFY(gain[static_cast<std::size_t>((1.0 + house.sidechain->releaseMs / 1000) * kRate)] >
                1 - 0.11 * (1 - floor));
        // Through the whole engine: the pad of a house song, around its kicks.
        const SymbolicEngine engine(catalog);
        const Song song = engine.generate(test::spec("house", 30, 3, {.genre = "house"}), {}, CancelToken());
        const Part* drums = nullptr;
        for (const auto& part : song.score.parts)
            if (part.drums())
                drums = &part;
        QVERIFY(drums != nullptr);
        const Stem* pad = nullptr;
        for (const auto& stem : song.stems)
            if (stem.group == "pad")
                pad = &stem;
        QVERIFY(pad != nullptr);
        double after = 0, before = 0;
        int kicks = 0;
        for (const auto& note : drums->notes) {
            if (note.pitch != 36)
                continue;
            const double t = song.score.secondsAt(note.tick);
            if (t < 2 || t > 25)
                continue;
            after += rms(window(pad->audio, t + 0.01, 0.04));
            before += rms(window(pad->audio, t - 0.06, 0.04));
            ++kicks;
        }
        QVERIFY(kicks > 10);
        qInfo("pad level after the kicks %.1f dB against before them", 20 * std::log10(after / before));
        QVERIFY2(after < before * std::pow(10.0, -3.0 / 20), qPrintable(QString::number(after / before)));
    }

    // A4 on each pitched synthesizer measures 440 Hz within a cent (with the detune of the
    // sounds that spread their oscillators set to 0, so that one pitch is measured).
    void synthsPlayInTune_data() {
        QTest::addColumn<QString>("sound");
        for (const char* sound :
             {"supersaw-pad", "saw-lead", "square-lead", "pluck", "analog-bass", "sub-bass", "808-bass", "acid-bass"})
            QTest::newRow(sound) << sound;
    }
    void synthsPlayInTune() {
        QFETCH(QString, sound);
        Catalog catalog = test::catalog();
        auto& settings = catalog.palette.sounds.at(sound.toStdString()).settings;
        if (settings.contains("detune"))
            settings["detune"] = 0;
        const auto audio = renderStems(onePart(sound.toStdString(), {{69, 0, 4, 100}}, 2.5), catalog.palette,
                                       {kRate, 1}, {}, CancelToken())
                               .front()
                               .audio;
        const double hz = peakHz(window(audio, 0.4, 65536.0 / kRate), 400, 480); // the fundamental
        const double cents = 1200 * std::log2(hz / 440);
        qInfo("%s A4: %.3f Hz (%+.2f cents)", qPrintable(sound), hz, cents);
        QVERIFY2(std::abs(cents) < 1, qPrintable(QString::number(cents)));
    }

    // A slide between tied notes of the acid bass reaches the new pitch, and the 808's
    // pitch bend glides to its target.
    void glideReachesItsTarget() {
        // Two tied notes (the second starts before the first ends): a slide.
        const auto acid = play(onePart("acid-bass", {{45, 0, 2.2, 100}, {57, 2, 2, 100}}, 3.5));
        const double hz = peakHz(window(acid, 1.0 + 0.4, 16384.0 / kRate)); // the slide starts at 1 s
        QVERIFY2(std::abs(1200 * std::log2(hz / 220)) < 10, qPrintable(QString::number(hz)));
        Score bent = onePart("808-bass", {{45, 0, 6, 100}}, 3.5);
        bent.parts.front().bendRange = 12;
        bent.parts.front().bends.push_back(
            {Score::kTicksPerQuarter * 2, static_cast<int>(std::lround(8192.0 * 7 / 12))});
        const auto bass = play(bent);
        const double bentHz = peakHz(window(bass, 1.0 + 0.6, 32768.0 / kRate));
        const double target = 110 * std::pow(2.0, 7.0 / 12);
        QVERIFY2(std::abs(1200 * std::log2(bentHz / target)) < 10,
                 qPrintable(QString("%1 Hz for %2").arg(bentHz).arg(target)));
    }

    // Silence costs nothing. The render threads flush denormals to zero (a decaying filter
    // would otherwise spend microcode cycles on values below -700 dB), and a voice that has
    // died away after its release is no longer computed: the stem is exactly silent after it.
    void silenceCostsNothing() {
        {
            const DenormalsFlushed flushed;
            volatile float tiny = 1e-37f;
            tiny = tiny * 1e-3f; // a denormal result
            QCOMPARE(static_cast<float>(tiny), 0.0f);
        }
        for (const char* sound : {"supersaw-pad", "saw-lead", "pluck", "acid-bass", "808-bass", "analog-kit"}) {
            const bool drums = std::string(sound) == "analog-kit";
            const auto audio = play(onePart(sound, {{drums ? 38.0 : 60.0, 0, 0.5, 100}}, 12, drums ? 9 : 0));
            const auto tail = window(audio, 8, 4);
            QVERIFY2(std::all_of(tail.begin(), tail.end(), [](float x) { return x == 0.0f; }), sound);
        }
    }
};

QTEST_GUILESS_MAIN(SoundTest)
#include "test_sound.moc"

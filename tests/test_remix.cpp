// SPDX-License-Identifier: GPL-3.0-or-later
// Tempo and pitch with Rubber Band (core/remix), on tones whose frequency and length are
// known: a pitch shift keeps the duration, a tempo change keeps the pitch; and the remix
// job, which records its result as a derived track with lineage.

#include "TestSupport.h"

#include "audio/AudioFile.h"
#include "base/UserError.h"
#include "dsp/Stft.h"
#include "jobs/JobQueue.h"
#include "project/ProjectDatabase.h"
#include "remix/Effects.h"
#include "remix/TimePitch.h"
#include "runners/RemixJob.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace cadenza;

namespace {

constexpr int kRate = 44100;

StereoBuffer tone(double hz, double seconds) {
    StereoBuffer audio(kRate, static_cast<std::size_t>(seconds * kRate));
    for (std::size_t i = 0; i < audio.frames(); ++i)
        audio.left[i] = audio.right[i] =
            static_cast<float>(0.3 * std::sin(2 * M_PI * hz * static_cast<double>(i) / kRate));
    return audio;
}

// The strongest frequency of the middle of the audio: a 1.5 s Hann-windowed FFT's peak,
// refined with a parabola through the log magnitudes (well under a cent at 440 Hz).
double dominantHz(const StereoBuffer& audio) {
    constexpr int kSize = 65536;
    ShortTimeSpectrum spectrum(kSize);
    const auto& m = spectrum.magnitudes(audio, static_cast<std::ptrdiff_t>(audio.frames() / 2) - kSize / 2);
    const auto peak = static_cast<std::size_t>(std::max_element(m.begin() + 1, m.end() - 1) - m.begin());
    const double a = std::log(m[peak - 1]), b = std::log(m[peak]), c = std::log(m[peak + 1]);
    const double offset = 0.5 * (a - c) / (a - 2 * b + c);
    return (static_cast<double>(peak) + offset) * kRate / kSize;
}

double cents(double measured, double expected) {
    return 1200 * std::log2(measured / expected);
}

double rmsDb(const StereoBuffer& audio, std::size_t from, std::size_t to) {
    double energy = 0;
    for (std::size_t i = from; i < to; ++i)
        energy += static_cast<double>(audio.left[i]) * audio.left[i];
    return 10 * std::log10(energy / static_cast<double>(to - from) + 1e-20);
}

// How a tone's level changes through the chain, measured on its middle second.
double gainDb(double hz, const EffectChain& chain) {
    const auto input = tone(hz, 3);
    const auto output = applyEffects(input, chain);
    return rmsDb(output, kRate, 2 * kRate) - rmsDb(input, kRate, 2 * kRate);
}

// The level of the `hz` component relative to the strongest, from one long FFT.
double componentDb(const StereoBuffer& audio, double hz) {
    constexpr int kSize = 65536;
    ShortTimeSpectrum spectrum(kSize);
    const auto& m = spectrum.magnitudes(audio, static_cast<std::ptrdiff_t>(audio.frames() / 2) - kSize / 2);
    const auto bin = static_cast<std::size_t>(std::lround(hz * kSize / kRate));
    const float around = *std::max_element(m.begin() + static_cast<std::ptrdiff_t>(bin) - 3,
                                           m.begin() + static_cast<std::ptrdiff_t>(bin) + 4);
    return 20 * std::log10(around / *std::max_element(m.begin(), m.end()));
}

StereoBuffer impulse(double at, double seconds) {
    StereoBuffer audio(kRate, static_cast<std::size_t>(seconds * kRate));
    audio.left[static_cast<std::size_t>(at * kRate)] = audio.right[static_cast<std::size_t>(at * kRate)] = 1.0f;
    return audio;
}

} // namespace

class RemixTest : public QObject {
    Q_OBJECT

  private slots:
    void pitchShiftKeepsTheDuration_data() {
        QTest::addColumn<double>("semitones");
        QTest::newRow("+3") << 3.0;
        QTest::newRow("-7") << -7.0;
        QTest::newRow("+12") << 12.0;
    }
    void pitchShiftKeepsTheDuration() {
        QFETCH(double, semitones);
        const auto input = tone(440, 8);
        const auto output = changeTempoAndPitch(input, {.semitones = semitones});
        QVERIFY(std::abs(output.seconds() - input.seconds()) < 0.020);
        const double expected = 440 * std::pow(2.0, semitones / 12);
        const double off = cents(dominantHz(output), expected);
        qInfo("%+g st: %.2f cents off, duration %+.1f ms", semitones, off, 1000 * (output.seconds() - input.seconds()));
        QVERIFY2(std::abs(off) < 10, qPrintable(QString("%1 cents off").arg(off)));
    }

    void tempoChangeKeepsThePitch_data() {
        QTest::addColumn<double>("factor");
        QTest::newRow("0.5") << 0.5;
        QTest::newRow("1.25") << 1.25;
        QTest::newRow("2.0") << 2.0;
    }
    void tempoChangeKeepsThePitch() {
        QFETCH(double, factor);
        const auto input = tone(440, 8);
        const auto output = changeTempoAndPitch(input, {.tempo = factor});
        QVERIFY(std::abs(output.seconds() - input.seconds() / factor) < 0.020);
        const double off = cents(dominantHz(output), 440);
        qInfo("x%g: %.2f cents off, duration %+.1f ms", factor, off,
              1000 * (output.seconds() - input.seconds() / factor));
        QVERIFY2(std::abs(off) < 10, qPrintable(QString("%1 cents off").arg(off)));
        // The level is kept too: the middle's RMS within 1 dB of the input's.
        double energy = 0;
        const std::size_t from = output.frames() / 4, to = 3 * output.frames() / 4;
        for (std::size_t i = from; i < to; ++i)
            energy += static_cast<double>(output.left[i]) * output.left[i];
        const double rms = std::sqrt(energy / static_cast<double>(to - from));
        QVERIFY2(std::abs(20 * std::log10(rms / (0.3 / std::sqrt(2.0)))) < 1.0, qPrintable(QString::number(rms)));
    }

    void outOfRangeIsRefusedNamingTheField() {
        try {
            changeTempoAndPitch(tone(440, 1), {.tempo = 2.5});
            QFAIL("a tempo factor of 2.5 was accepted");
        } catch (const UserError& e) {
            QCOMPARE(QString::fromStdString(e.field()), QString("tempo"));
            QVERIFY(QString(e.what()).contains("0.5 to 2.0"));
        }
        QVERIFY_THROWS_EXCEPTION(UserError, changeTempoAndPitch(tone(440, 1), {.semitones = -13}));
    }

    // Cancelled partway through, as from the studio's job panel, it stops within the deadline.
    void cancelStopsTheStretchPartway() {
        const StereoBuffer long_ = tone(440, 240);
        const auto outcome = test::cancelPartway(
            [&](const ProgressCallback& progress, const CancelToken& cancel) {
                changeTempoAndPitch(long_, {.tempo = 1.5, .semitones = 2}, progress, cancel);
            },
            0.3);
        QVERIFY2(test::cancelProblem(outcome).empty(), test::cancelProblem(outcome).c_str());
    }

    void cancelStopsTheEffectsPartway() {
        const StereoBuffer long_ = tone(440, 600);
        const auto outcome = test::cancelPartway(
            [&](const ProgressCallback& progress, const CancelToken& cancel) {
                applyEffects(long_, test::catalog().effectPreset("club"), progress, cancel);
            },
            0.3);
        QVERIFY2(test::cancelProblem(outcome).empty(), test::cancelProblem(outcome).c_str());
    }

    void aNeutralChainChangesNothing() {
        const auto input = tone(440, 2);
        const auto output = applyEffects(input, {});
        QCOMPARE(output.frames(), input.frames());
        for (std::size_t i = 0; i < input.frames(); ++i)
            QCOMPARE(output.left[i], input.left[i]);
    }

    void filtersAndShelves() {
        QVERIFY(gainDb(100, {.highpassHz = 500}) < -20);
        QVERIFY(std::abs(gainDb(4000, {.highpassHz = 500})) < 0.5);
        QVERIFY(gainDb(5000, {.lowpassHz = 1000}) < -20);
        QVERIFY(std::abs(gainDb(200, {.lowpassHz = 1000})) < 0.5);
        QVERIFY(std::abs(gainDb(60, {.lowShelfDb = 6}) - 6) < 1);
        QVERIFY(std::abs(gainDb(6000, {.lowShelfDb = 6})) < 0.5);
        QVERIFY(std::abs(gainDb(12000, {.highShelfDb = -6}) + 6) < 1);
    }

    void colourAndDynamics() {
        // Distortion adds odd harmonics; a sine alone has none.
        const auto sine = tone(440, 3);
        QVERIFY(componentDb(sine, 1320) < -60);
        QVERIFY(componentDb(applyEffects(sine, {.distortion = 0.8}), 1320) > -30);
        // Four bits leave at most 17 levels.
        const auto crushed = applyEffects(sine, {.bits = 4});
        std::vector<float> levels(crushed.left.begin(), crushed.left.end());
        std::sort(levels.begin(), levels.end());
        QVERIFY(std::unique(levels.begin(), levels.end()) - levels.begin() <= 17);
        // A compressor at 10:1 from -30 dB turns a loud tone down by more than 10 dB.
        QVERIFY(gainDb(440, {.compressorThresholdDb = -30, .compressorRatio = 10}) < -10);
    }

    void timeEffects() {
        // One echo 250 ms after an impulse, at the mix level.
        const auto echoed = applyEffects(impulse(0.1, 1), {.delayMix = 0.5, .delaySeconds = 0.25, .delayFeedback = 0});
        const auto echoAt = static_cast<std::size_t>(0.35 * kRate);
        const auto peak = std::max_element(echoed.left.begin() + static_cast<std::ptrdiff_t>(echoAt) - 50,
                                           echoed.left.begin() + static_cast<std::ptrdiff_t>(echoAt) + 50);
        QVERIFY(std::abs(*peak - 0.5f) < 0.02f);
        QVERIFY(std::abs(echoed.left[static_cast<std::size_t>(0.1 * kRate)] - 0.5f) < 0.02f); // the dry half
        // A reverb rings on past the end, decaying.
        const auto input = impulse(0.1, 1);
        const auto hall = applyEffects(input, {.reverbMix = 0.5, .reverbSeconds = 2});
        QVERIFY(hall.frames() > input.frames());
        const double early = rmsDb(hall, static_cast<std::size_t>(0.3 * kRate), static_cast<std::size_t>(0.6 * kRate));
        const double late = rmsDb(hall, static_cast<std::size_t>(1.3 * kRate), static_cast<std::size_t>(1.6 * kRate));
        QVERIFY2(early > -80 && late < early - 10, qPrintable(QString("%1 then %2 dB").arg(early).arg(late)));
        // The tail ends where it can no longer be heard: a hall after a tone ends within 50 dB
        // of the tone's level, not in seconds of near silence (it kept 2.3 s under -60 dBFS
        // when it was cut at -80 dBFS).
        const auto held = tone(440, 3);
        const auto rung = applyEffects(held, {.reverbMix = 0.4, .reverbSeconds = 2.5});
        const double level = rmsDb(held, 0, held.frames());
        const double last = rmsDb(rung, rung.frames() - kRate / 10, rung.frames() - kRate / 20);
        QVERIFY2(rung.frames() > held.frames() + kRate / 2, qPrintable(QString::number(rung.frames())));
        QVERIFY2(last > level - 56, qPrintable(QString("%1 dB at the end, the tone %2 dB").arg(last).arg(level)));
        // A chorus changes the sound but not its level much.
        // Half dry, half a swept copy: the copy beats against the tone, averaging -3 dB.
        const double chorus = gainDb(440, {.chorusMix = 0.5});
        QVERIFY2(std::abs(chorus + 3) < 1.5, qPrintable(QString::number(chorus)));
    }

    void presets() {
        const auto sine = tone(100, 3);
        for (const auto& preset : test::catalog().effectPresets) {
            const auto& name = preset.name;
            const auto& chain = preset.chain;
            chain.validate();
            const auto out = applyEffects(sine, chain);
            const float peak = std::max(*std::max_element(out.left.begin(), out.left.end()),
                                        -*std::min_element(out.left.begin(), out.left.end()));
            QVERIFY2(std::isfinite(peak) && peak < 1.5f, name.c_str());
        }
        // A small speaker has no bass: of two equal tones, 100 Hz ends far below 1 kHz.
        auto twoTones = tone(100, 3);
        const auto upper = tone(1000, 3);
        for (std::size_t i = 0; i < twoTones.frames(); ++i)
            twoTones.left[i] = twoTones.right[i] = 0.5f * (twoTones.left[i] + upper.left[i]);
        const auto radio = applyEffects(twoTones, test::catalog().effectPreset("radio"));
        QVERIFY2(componentDb(radio, 100) < componentDb(radio, 1000) - 12,
                 qPrintable(QString::number(componentDb(radio, 100))));
        QVERIFY(gainDb(3000, test::catalog().effectPreset("underwater")) < -20);
        try {
            test::catalog().effectPreset("disco");
            QFAIL("an unknown preset was accepted");
        } catch (const UserError& e) {
            for (const char* name : {"lo-fi", "radio", "hall", "club", "underwater"})
                QVERIFY2(QString(e.what()).contains(name), e.what());
        }
        try {
            applyEffects(sine, {.highpassHz = 5});
            QFAIL("a 5 Hz high-pass was accepted");
        } catch (const UserError& e) {
            QCOMPARE(QString::fromStdString(e.field()), QString("highpass"));
        }
    }

    void remixJobRecordsADerivedTrack() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        const auto staged = std::filesystem::path(dir.path().toStdString()) / "staged";
        std::filesystem::create_directories(staged);
        writeWav(staged / "song.wav", tone(440, 6), SampleFormat::Pcm24);
        TrackRecord record;
        record.title = "tone";
        record.source = TrackSource::Imported;
        record.tempo = 100;
        record.key = "A minor";
        record.duration = 6;
        const auto parent = db.addTrack(record, staged, {});

        JobQueue queue(db, {{JobKind::Remix, remixJobRunner(test::catalog())}}, 1);
        const auto job = queue.submit(JobKind::Remix, "tone", remixParameters(parent, {.tempo = 1.5, .semitones = 2}));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(60)));
        const auto finished = db.job(job);
        QCOMPARE(finished->status, JobStatus::Finished);
        const auto child = db.track(*finished->resultTrack);
        QCOMPARE(child->source, TrackSource::Derived);
        QCOMPARE(QString::fromStdString(child->key), QString("B minor"));
        QCOMPARE(child->tempo, 150.0);
        QVERIFY(std::abs(child->duration - 4.0) < 0.02);
        QVERIFY(QString::fromStdString(child->title).startsWith("tone ("));
        const auto parents = db.parents(child->id);
        QCOMPARE(parents.size(), std::size_t{1});
        QCOMPARE(parents[0].track, parent);
        QCOMPARE(QString::fromStdString(parents[0].operation), QString("remix"));
        const auto audio = readAudioFile(db.trackFolder(child->id) / "song.wav");
        QVERIFY(std::abs(cents(dominantHz(audio), 440 * std::pow(2.0, 2.0 / 12))) < 10);
    }
};

QTEST_GUILESS_MAIN(RemixTest)
#include "test_remix.moc"

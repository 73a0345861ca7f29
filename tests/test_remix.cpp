// Tempo and pitch with Rubber Band (core/remix), on tones whose frequency and length are
// known: a pitch shift keeps the duration, a tempo change keeps the pitch; and the remix
// job, which records its result as a derived track with lineage.

#include "audio/AudioFile.h"
#include "base/UserError.h"
#include "dsp/Stft.h"
#include "engine/RemixJob.h"
#include "jobs/JobQueue.h"
#include "project/ProjectDatabase.h"
#include "remix/TimePitch.h"

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

double cents(double measured, double expected) { return 1200 * std::log2(measured / expected); }

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

    void cancelStopsTheStretch() {
        CancelToken cancel;
        cancel.cancel();
        QVERIFY_THROWS_EXCEPTION(OperationCancelled, changeTempoAndPitch(tone(440, 5), {.tempo = 1.5}, {}, cancel));
    }

    void remixJobRecordsADerivedTrack() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        const auto staged = std::filesystem::path(dir.path().toStdString()) / "staged";
        std::filesystem::create_directories(staged);
        writeWav(staged / "song.wav", tone(440, 6), SampleFormat::Pcm24);
        TrackRecord record;
        record.title = "tone";
        record.source = "imported";
        record.tempo = 100;
        record.key = "A minor";
        record.duration = 6;
        const auto parent = db.addTrack(record, staged, {});

        JobQueue queue(db, {{"remix", remixJobRunner()}}, 1);
        const auto job = queue.submit("remix", "tone", remixParameters(parent, {.tempo = 1.5, .semitones = 2}));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(60)));
        const auto finished = db.job(job);
        QCOMPARE(finished->status, JobStatus::Finished);
        const auto child = db.track(*finished->resultTrack);
        QCOMPARE(QString::fromStdString(child->source), QString("derived"));
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

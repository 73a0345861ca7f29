// SPDX-License-Identifier: GPL-3.0-or-later
// Spectral stem separation (core/separate) on a mixture built from known parts: a centred
// tone in the voice's range, clicks, a low tone and a tone panned hard left each land in
// their own stem, and the four stems sum back to the mix. Then the separate job.

#include "TestSupport.h"

#include "audio/AudioFile.h"
#include "jobs/JobQueue.h"
#include "project/ProjectDatabase.h"
#include "runners/SeparateJob.h"
#include "separate/SpectralSeparator.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace cadenza;

namespace {

constexpr int kRate = 44100;
constexpr std::size_t kVocals = 0, kDrums = 1, kBass = 2, kOther = 3;

struct Parts {
    StereoBuffer voice, clicks, low, panned, mix;
};

Parts makeParts(double seconds) {
    const auto frames = static_cast<std::size_t>(seconds * kRate);
    Parts p{StereoBuffer(kRate, frames), StereoBuffer(kRate, frames), StereoBuffer(kRate, frames),
            StereoBuffer(kRate, frames), StereoBuffer(kRate, frames)};
    std::mt19937 noise(5);
    std::uniform_real_distribution<float> uniform(-1, 1);
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = static_cast<double>(i) / kRate;
        // A sung-like tone: 440 Hz with a slow vibrato-free harmonic, in the centre.
        p.voice.left[i] = p.voice.right[i] =
            static_cast<float>(0.15 * std::sin(2 * M_PI * 440 * t) + 0.05 * std::sin(2 * M_PI * 880 * t));
        p.low.left[i] = p.low.right[i] = static_cast<float>(0.2 * std::sin(2 * M_PI * 55 * t));
        p.panned.left[i] = static_cast<float>(0.15 * std::sin(2 * M_PI * 1320 * t));
        const std::size_t sinceClick = i % (kRate / 2);
        if (sinceClick < 1500)
            p.clicks.left[i] = p.clicks.right[i] =
                0.6f * uniform(noise) * std::exp(-static_cast<float>(sinceClick) / 200.0f);
    }
    for (const auto* part : {&p.voice, &p.clicks, &p.low, &p.panned})
        for (std::size_t i = 0; i < frames; ++i) {
            p.mix.left[i] += part->left[i];
            p.mix.right[i] += part->right[i];
        }
    return p;
}

double energy(const StereoBuffer& a) {
    double e = 0;
    for (std::size_t i = 0; i < a.frames(); ++i)
        e += static_cast<double>(a.left[i]) * a.left[i] + static_cast<double>(a.right[i]) * a.right[i];
    return e;
}

// SDR in dB of an estimate of `truth`.
double sdr(const StereoBuffer& truth, const StereoBuffer& estimate) {
    StereoBuffer error = truth;
    for (std::size_t i = 0; i < truth.frames(); ++i) {
        error.left[i] -= estimate.left[i];
        error.right[i] -= estimate.right[i];
    }
    return 10 * std::log10(energy(truth) / energy(error));
}

} // namespace

class SeparateTest : public QObject {
    Q_OBJECT

  private slots:
    void eachPartLandsInItsStem() {
        const Parts parts = makeParts(8);
        const auto separated = separateSpectral(parts.mix);
        const double vocals = sdr(parts.voice, separated.stems[kVocals]);
        const double drums = sdr(parts.clicks, separated.stems[kDrums]);
        const double bass = sdr(parts.low, separated.stems[kBass]);
        const double other = sdr(parts.panned, separated.stems[kOther]);
        qInfo("SDR: vocals %.1f dB, drums %.1f dB, bass %.1f dB, other %.1f dB", vocals, drums, bass, other);
        QVERIFY(vocals > 10);
        QVERIFY(drums > 3);
        QVERIFY(bass > 10);
        QVERIFY(other > 10);
    }

    void stemsSumToTheMix() {
        const Parts parts = makeParts(4);
        const auto separated = separateSpectral(parts.mix);
        float worst = 0;
        for (std::size_t i = 0; i < parts.mix.frames(); ++i) {
            float left = 0, right = 0;
            for (const auto& stem : separated.stems) {
                QCOMPARE(stem.frames(), parts.mix.frames());
                left += stem.left[i];
                right += stem.right[i];
            }
            worst = std::max({worst, std::abs(left - parts.mix.left[i]), std::abs(right - parts.mix.right[i])});
        }
        QVERIFY2(worst < 1e-4f, qPrintable(QString::number(worst)));
    }

    // Cancelled partway through, as from the studio's job panel, it stops within the deadline.
    void cancelStopsItPartway() {
        const StereoBuffer long_ = makeParts(240).mix;
        const auto outcome =
            test::cancelPartway([&](const ProgressCallback& progress,
                                    const CancelToken& cancel) { separateSpectral(long_, progress, cancel); },
                                0.3);
        QVERIFY2(test::cancelProblem(outcome).empty(), test::cancelProblem(outcome).c_str());
    }

    void separateJobAddsADerivedTrackWithFourStems() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        const auto staged = std::filesystem::path(dir.path().toStdString()) / "staged";
        std::filesystem::create_directories(staged);
        writeWav(staged / "song.wav", makeParts(3).mix, SampleFormat::Pcm24);
        TrackRecord record;
        record.title = "parts";
        record.source = TrackSource::Imported;
        record.duration = 3;
        const auto parent = db.addTrack(record, staged, {});
        JobQueue queue(db, {{JobKind::Separate, separateJobRunner()}}, 1);
        const auto job = queue.submit(JobKind::Separate, "parts", separateParameters(parent));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(60)));
        const auto finished = db.job(job);
        QCOMPARE(finished->status, JobStatus::Finished);
        const auto child = *finished->resultTrack;
        const auto stems = db.stems(child);
        QCOMPARE(stems, (std::vector<std::string>{"vocals", "drums", "bass", "other"}));
        for (const auto& name : stems)
            QVERIFY(std::filesystem::exists(db.trackFolder(child) / "stems" / (name + ".wav")));
        QCOMPARE(QString::fromStdString(db.parents(child).at(0).operation), QString("separate"));
        QCOMPARE(db.track(child)->source, TrackSource::Derived);
    }
};

QTEST_GUILESS_MAIN(SeparateTest)
#include "test_separate.moc"

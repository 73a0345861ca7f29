// SPDX-License-Identifier: GPL-3.0-or-later
// core/analysis on signals whose answers are known by construction: a click track's tempo
// and beat times, a sine's loudness and spectrum against noise's, a change of texture as a
// section boundary; and the analysis job that stores the result in the project history.

#include "TestSupport.h"

#include "analysis/Analysis.h"
#include "audio/AudioFile.h"
#include "jobs/JobQueue.h"
#include "project/ProjectDatabase.h"
#include "runners/AnalyzeJob.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace cadenza;

namespace {

constexpr int kRate = 44100;

// A metronome: short decaying noise bursts every 60/bpm seconds from `offset`, with
// softer ones on the eighth notes between.
StereoBuffer clickTrack(double bpm, double seconds, double offset) {
    StereoBuffer audio(kRate, static_cast<std::size_t>(seconds * kRate));
    std::mt19937 noise(7);
    std::uniform_real_distribution<float> uniform(-1, 1);
    int eighth = 0;
    for (double t = offset; t < seconds; t += 30 / bpm, ++eighth) {
        const auto start = static_cast<std::size_t>(t * kRate);
        const float level = eighth % 2 == 0 ? 0.5f : 0.15f;
        for (std::size_t i = 0; i < 2000 && start + i < audio.frames(); ++i) {
            const float v = level * uniform(noise) * std::exp(-static_cast<float>(i) / 300.0f);
            audio.left[start + i] += v;
            audio.right[start + i] += v;
        }
    }
    return audio;
}

StereoBuffer sine(double hz, double amplitude, double seconds) {
    StereoBuffer audio(kRate, static_cast<std::size_t>(seconds * kRate));
    for (std::size_t i = 0; i < audio.frames(); ++i)
        audio.left[i] = audio.right[i] =
            static_cast<float>(amplitude * std::sin(2 * M_PI * hz * static_cast<double>(i) / kRate));
    return audio;
}

StereoBuffer whiteNoise(double amplitude, double seconds) {
    StereoBuffer audio(kRate, static_cast<std::size_t>(seconds * kRate));
    std::mt19937 noise(3);
    std::uniform_real_distribution<float> uniform(-1, 1);
    for (std::size_t i = 0; i < audio.frames(); ++i)
        audio.left[i] = audio.right[i] = static_cast<float>(amplitude) * uniform(noise);
    return audio;
}

} // namespace

class AnalysisTest : public QObject {
    Q_OBJECT

  private slots:
    void clickTrackTempoAndBeats_data() {
        QTest::addColumn<double>("bpm");
        QTest::newRow("90") << 90.0;
        QTest::newRow("123.5") << 123.5;
        QTest::newRow("150") << 150.0;
    }
    void clickTrackTempoAndBeats() {
        QFETCH(double, bpm);
        const double offset = 0.25;
        const auto analysis = analyzeAudio(clickTrack(bpm, 30, offset));
        QVERIFY2(std::abs(analysis.tempo / bpm - 1) < 0.005, qPrintable(QString::number(analysis.tempo)));
        // Every beat sits on a click (within 25 ms), and nearly every click is found.
        const double period = 60 / bpm;
        for (const double beat : analysis.beats) {
            const double phase = std::fmod(beat - offset + period / 2, period) - period / 2;
            QVERIFY2(std::abs(phase) < 0.025, qPrintable(QString("beat at %1 s is %2 s off").arg(beat).arg(phase)));
        }
        QVERIFY(static_cast<double>(analysis.beats.size()) >= 0.9 * (30 - offset) / period);
    }

    void sineAgainstNoise() {
        const auto tone = analyzeAudio(sine(1000, 0.1, 10));
        QVERIFY2(std::abs(tone.lufs + 20) < 0.5, qPrintable(QString::number(tone.lufs))); // EBU R 128's calibration
        QVERIFY(std::abs(tone.truePeak + 20) < 0.2);
        QVERIFY(std::abs(tone.centroidHz - 1000) < 50);
        QVERIFY(tone.flatness < 0.01);
        QCOMPARE(tone.energyCurve.size(), std::size_t{100});
        QVERIFY(std::abs(tone.energyCurve[50] - 0.1f / std::sqrt(2.0f)) < 0.002f);
        QVERIFY(tone.dynamics < 1);

        const auto noise = analyzeAudio(whiteNoise(0.3, 10));
        QVERIFY(noise.flatness > 0.5);
        QVERIFY(noise.centroidHz > 5000);
        QVERIFY(noise.rolloffHz > 10000);
        QVERIFY(tone.rolloffHz < 1100);
    }

    void keyAndChromaOfAChord() {
        // A minor triad (A3, C4, E4) with its octave doublings.
        StereoBuffer audio(kRate, 10 * kRate);
        for (const double hz : {220.0, 261.63, 329.63, 440.0}) {
            const auto voice = sine(hz, 0.1, 10);
            for (std::size_t i = 0; i < audio.frames(); ++i) {
                audio.left[i] += voice.left[i];
                audio.right[i] += voice.right[i];
            }
        }
        const auto analysis = analyzeAudio(audio);
        QCOMPARE(QString::fromStdString(analysis.key.name()), QString("A minor"));
        QVERIFY(analysis.modeStrength < 0);
        QVERIFY(analysis.chroma[9] > 0.2 && analysis.chroma[0] > 0.15 && analysis.chroma[4] > 0.15);
        // A cluster of semitones (C, C#, D, D#) clashes far more than the triad.
        StereoBuffer cluster(kRate, 10 * kRate);
        for (const double hz : {261.63, 277.18, 293.66, 311.13}) {
            const auto voice = sine(hz, 0.1, 10);
            for (std::size_t i = 0; i < cluster.frames(); ++i)
                cluster.left[i] = cluster.right[i] = cluster.left[i] + voice.left[i];
        }
        const double clash = analyzeAudio(cluster).dissonance;
        QVERIFY2(clash > 2 * analysis.dissonance, qPrintable(QString("%1 vs %2").arg(clash).arg(analysis.dissonance)));
    }

    void aChangeOfTextureIsASectionBoundary() {
        // 20 s of a steady tone with clicks, then 20 s of noise bursts on a lower tone.
        auto first = clickTrack(120, 20, 0);
        const auto tone = sine(660, 0.2, 20);
        auto second = clickTrack(120, 20, 0);
        const auto noise = whiteNoise(0.2, 20);
        const auto low = sine(110, 0.3, 20);
        for (std::size_t i = 0; i < first.frames(); ++i) {
            first.left[i] = first.right[i] = first.left[i] + tone.left[i];
            second.left[i] = second.right[i] = 0.3f * second.left[i] + noise.left[i] * (i % 22050 < 4410) + low.left[i];
        }
        first.left.insert(first.left.end(), second.left.begin(), second.left.end());
        first.right.insert(first.right.end(), second.right.begin(), second.right.end());
        const auto analysis = analyzeAudio(first);
        QVERIFY2(analysis.sections.size() >= 2, qPrintable(QString::number(analysis.sections.size())));
        const bool found = std::any_of(analysis.sections.begin() + 1, analysis.sections.end(),
                                       [](const DetectedSection& s) { return std::abs(s.start - 20) < 1.0; });
        QVERIFY(found);
        QCOMPARE(analysis.sections.front().start, 0.0);
        QCOMPARE(analysis.sections.back().end, analysis.duration);
        QVERIFY(analysis.sections.front().label != analysis.sections.back().label);
    }

    void jsonHasEveryField() {
        const auto json = nlohmann::json::parse(analysisToJson(analyzeAudio(clickTrack(100, 10, 0))));
        for (const char* key : {"tempo", "beats", "key", "key_confidence", "lufs", "loudness_range", "true_peak",
                                "duration", "spectral_centroid", "spectral_rolloff", "spectral_flatness", "energy",
                                "chroma", "sections", "mfcc_mean", "mfcc_deviation", "dissonance", "dynamics"})
            QVERIFY2(json.contains(key), key);
        QCOMPARE(json["chroma"].size(), std::size_t{12});
        QVERIFY(std::abs(json["tempo"].get<double>() - 100) < 1);
    }

    // Cancelled partway through, as from the studio's job panel, it stops within the deadline.
    void cancelStopsTheAnalysisPartway() {
        const StereoBuffer long_ = sine(440, 0.1, 240);
        const auto outcome = test::cancelPartway(
            [&](const ProgressCallback& progress, const CancelToken& cancel) { analyzeAudio(long_, progress, cancel); },
            0.3);
        QVERIFY2(test::cancelProblem(outcome).empty(), test::cancelProblem(outcome).c_str());
    }

    void silenceIsAnalysedWithoutBeats() {
        const auto analysis = analyzeAudio(StereoBuffer(kRate, 5 * kRate));
        QCOMPARE(analysis.beats.size(), std::size_t{0});
        QCOMPARE(analysis.tempo, 0.0);
        QCOMPARE(analysis.sections.size(), std::size_t{1});
    }

    void analyzeJobStoresTheAnalysis() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        const auto staged = std::filesystem::path(dir.path().toStdString()) / "staged";
        std::filesystem::create_directories(staged);
        writeWav(staged / "song.wav", clickTrack(110, 10, 0), SampleFormat::Pcm24);
        TrackRecord record;
        record.title = "clicks";
        record.source = TrackSource::Imported;
        record.duration = 10;
        const auto track = db.addTrack(record, staged, {});
        {
            JobQueue queue(db, {{JobKind::Analyze, analyzeJobRunner()}}, 1);
            const auto job =
                queue.submit(JobKind::Analyze, "clicks", analyzeParameters(track), JobPriority::Background);
            QVERIFY(queue.waitUntilIdle(std::chrono::seconds(60)));
            QCOMPARE(db.job(job)->status, JobStatus::Finished);
        }
        const auto stored = db.analysis(track);
        QVERIFY(stored.has_value());
        QVERIFY(std::abs(nlohmann::json::parse(*stored)["tempo"].get<double>() - 110) < 1);
        // A track that is gone fails the job with words, and stores nothing.
        JobQueue queue(db, {{JobKind::Analyze, analyzeJobRunner()}}, 1);
        const auto job = queue.submit(JobKind::Analyze, "gone", analyzeParameters(track + 100));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(10)));
        QCOMPARE(db.job(job)->status, JobStatus::Failed);
        QVERIFY(QString::fromStdString(db.job(job)->error).contains("no longer in the library"));
        db.deleteTrack(track);
        QVERIFY(!db.analysis(track).has_value());
    }
};

QTEST_GUILESS_MAIN(AnalysisTest)
#include "test_analysis.moc"

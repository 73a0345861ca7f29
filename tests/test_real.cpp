// SPDX-License-Identifier: GPL-3.0-or-later
// Import, analysis, remix and separation on music this project did not make: recordings
// from Debian's game packages (tests/fetch-real-music.sh fetches them before this runs).
// Their true tempo is unknown, so the tempo is compared with aubio's and reported; what is
// asserted is that every stage handles them and keeps its promises (lengths, sums, ranges).

#include "AubioReference.h"
#include "TestSupport.h"

#include "analysis/Analysis.h"
#include "audio/AudioImport.h"
#include "remix/Effects.h"
#include "remix/TimePitch.h"
#include "separate/SpectralSeparator.h"

#include <QDir>
#include <QtTest>

#include <cmath>

using namespace cadenza;

class RealRecordingsTest : public QObject {
    Q_OBJECT

    QStringList files_;

  private slots:
    void initTestCase() {
        const QDir dir(CADENZA_REAL_MUSIC);
        for (const auto& name : dir.entryList({"*.ogg"}, QDir::Files, QDir::Name))
            files_ << dir.filePath(name);
        if (files_.isEmpty())
            QSKIP("no real recordings: tests/fetch-real-music.sh could not reach Debian's archive");
    }

    void analysis() {
        int agree = 0;
        for (const auto& file : std::as_const(files_)) {
            const std::filesystem::path path = file.toStdString();
            const AudioFileInfo info = probeAudio(path);
            const StereoBuffer audio = importAudio(path);
            const AudioAnalysis a = analyzeAudio(audio);
            const double reference = test::aubioTempo(audio);
            const bool same = std::abs(a.tempo / reference - 1) <= 0.04;
            agree += same;
            qInfo("%-24s %5.1f s  ours %6.1f BPM, aubio %6.1f BPM%s  %-9s (%.2f)  %5.1f LUFS  %zu sections",
                  qPrintable(QFileInfo(file).fileName()), a.duration, a.tempo, reference, same ? " (agree)" : "",
                  a.key.name().c_str(), a.keyConfidence, a.lufs, a.sections.size());
            QVERIFY(std::abs(a.duration - info.seconds()) < 0.05);
            QVERIFY(a.tempo >= 30 && a.tempo <= 300);
            QVERIFY(static_cast<double>(a.beats.size()) > a.duration / 4);
            QVERIFY(std::is_sorted(a.beats.begin(), a.beats.end()));
            QVERIFY(a.lufs > -40 && a.lufs < 0);
            QVERIFY(a.truePeak <= 3);
            QVERIFY(!a.sections.empty());
            QCOMPARE(a.sections.front().start, 0.0);
            QCOMPARE(a.sections.back().end, a.duration);
        }
        qInfo("tempo within 4%% of aubio's: %d of %lld", agree, static_cast<long long>(files_.size()));
    }

    void remixAndSeparate() {
        // The first 20 s of each: remixed with a tempo, a pitch and a preset, and separated.
        for (const auto& file : std::as_const(files_)) {
            StereoBuffer audio = importAudio(file.toStdString());
            const std::size_t frames = std::min<std::size_t>(audio.frames(), 20 * 44100);
            audio.left.resize(frames);
            audio.right.resize(frames);
            const auto faster = changeTempoAndPitch(audio, {.tempo = 1.25, .semitones = -2});
            QCOMPARE(faster.frames(), static_cast<std::size_t>(std::llround(static_cast<double>(frames) / 1.25)));
            const auto radio = applyEffects(faster, test::catalog().effectPreset("radio"));
            QCOMPARE(radio.frames(), faster.frames());
            const auto separated = separateSpectral(audio);
            float worst = 0;
            for (std::size_t i = 0; i < frames; ++i) {
                float sum = 0;
                for (const auto& stem : separated.stems)
                    sum += stem.left[i];
                worst = std::max(worst, std::abs(sum - audio.left[i]));
            }
            QVERIFY2(worst < 1e-4f, qPrintable(QString::number(worst)));
        }
    }
};

QTEST_GUILESS_MAIN(RealRecordingsTest)
#include "test_real.moc"

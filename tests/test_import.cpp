// SPDX-License-Identifier: GPL-3.0-or-later
// Importing recordings: decoding and resampling real files, and refusing the hostile ones
// with a clear message before any large allocation. Every file is made by the test.

#include "audio/AudioFile.h"
#include "audio/AudioImport.h"
#include "base/UserError.h"

#include <sndfile.h>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>

using namespace cadenza;

namespace {

// Writes a sine with libsndfile in the given format.
void writeTone(const std::filesystem::path& file, int rate, int channels, double seconds, int format) {
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = channels;
    info.format = format;
    SNDFILE* sf = sf_open(file.c_str(), SFM_WRITE, &info);
    QVERIFY2(sf, sf_strerror(nullptr));
    const auto frames = static_cast<std::size_t>(seconds * rate);
    std::vector<float> data(frames * static_cast<std::size_t>(channels));
    for (std::size_t i = 0; i < frames; ++i)
        for (int c = 0; c < channels; ++c)
            data[i * static_cast<std::size_t>(channels) + static_cast<std::size_t>(c)] =
                0.5f * static_cast<float>(std::sin(2 * M_PI * 441 * static_cast<double>(i) / rate));
    sf_writef_float(sf, data.data(), static_cast<sf_count_t>(frames));
    sf_close(sf);
}

int zeroCrossings(const std::vector<float>& samples) {
    int crossings = 0;
    for (std::size_t i = 1; i < samples.size(); ++i)
        crossings += (samples[i - 1] < 0) != (samples[i] < 0);
    return crossings;
}

QString refusal(const std::filesystem::path& file, const ImportLimits& limits = {}) {
    try {
        importAudio(file, 44100, limits);
    } catch (const UserError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class ImportTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::filesystem::path path(const char* name) const {
        return std::filesystem::path(dir_.path().toStdString()) / name;
    }

  private slots:
    void decodesAndResamplesToTheWorkingRate_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("format");
        QTest::newRow("wav 22.05 kHz mono") << "a.wav" << 22050 << 1 << (SF_FORMAT_WAV | SF_FORMAT_PCM_16);
        QTest::newRow("flac 48 kHz stereo") << "b.flac" << 48000 << 2 << (SF_FORMAT_FLAC | SF_FORMAT_PCM_24);
        QTest::newRow("ogg vorbis 44.1 kHz") << "c.ogg" << 44100 << 2 << (SF_FORMAT_OGG | SF_FORMAT_VORBIS);
        QTest::newRow("aiff 96 kHz 6 channels") << "d.aiff" << 96000 << 6 << (SF_FORMAT_AIFF | SF_FORMAT_PCM_16);
    }
    void decodesAndResamplesToTheWorkingRate() {
        QFETCH(QString, name);
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(int, format);
        const auto file = path(name.toUtf8().constData());
        writeTone(file, rate, channels, 2.0, format);
        const auto info = probeAudio(file);
        QCOMPARE(info.sampleRate, rate);
        QCOMPARE(info.channels, channels);
        const StereoBuffer audio = importAudio(file);
        QCOMPARE(audio.sampleRate, 44100);
        QVERIFY2(std::abs(audio.seconds() - 2.0) < 0.01, qPrintable(QString::number(audio.seconds())));
        // 441 Hz for 2 s crosses zero about 1764 times, whatever the rate it came in at.
        QVERIFY(std::abs(zeroCrossings(audio.left) - 1764) < 20);
    }

    void hostileFilesAreRefusedClearly() {
        std::ofstream(path("empty.wav")).close();
        QVERIFY(refusal(path("empty.wav")).contains("not audio"));

        std::ofstream random(path("random.mp3"), std::ios::binary);
        for (int i = 0; i < 4096; ++i)
            random.put(static_cast<char>((i * 7919) % 256));
        random.close();
        QVERIFY(refusal(path("random.mp3")).contains("not audio"));

        // A WAV whose header claims 3 hours (about the most a 32-bit size field can say of
        // 16-bit stereo) in a file of a second: refused before any audio is read.
        writeTone(path("liar.wav"), 44100, 2, 1.0, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
        {
            std::fstream f(path("liar.wav"), std::ios::in | std::ios::out | std::ios::binary);
            const std::uint32_t claimed = 3u * 3600u * 44100u * 4u;
            f.seekp(40); // the data chunk's size in a canonical 44-byte header
            f.write(reinterpret_cast<const char*>(&claimed), 4);
        }
        const QString liar = refusal(path("liar.wav"));
        QVERIFY2(liar.contains("claims more"), qPrintable(liar));

        writeTone(path("many.wav"), 44100, 12, 0.2, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
        QVERIFY(refusal(path("many.wav")).contains("12 channels"));

        writeTone(path("long.wav"), 8000, 1, 3.0, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
        QVERIFY(refusal(path("long.wav"), {.maxSeconds = 2}).contains("limit"));
        QVERIFY(refusal(path("long.wav"), {.maxFileBytes = 1000}).contains("larger"));
    }

    void extensionsOfferedForImport() {
        QVERIFY(looksLikeAudioFile("x/Song.FLAC"));
        QVERIFY(looksLikeAudioFile("take.mp3"));
        QVERIFY(!looksLikeAudioFile("notes.txt"));
        QVERIFY(!looksLikeAudioFile("playlist.m3u8"));
    }
};

QTEST_GUILESS_MAIN(ImportTest)
#include "test_import.moc"

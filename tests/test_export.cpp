// SPDX-License-Identifier: GPL-3.0-or-later
// Sharing a song (issue 6): every export format checked with ffprobe (codec, rate,
// channels, duration against the source, tags, embedded cover), MIDI re-read note for
// note, stems in a folder and in a zip, covers that differ from song to song, the music
// video's streams and sound, and batches of songs and takes. Real files, the real
// encoders, the real database; ffprobe and ffmpeg are Debian's.

#include "MidiReader.h"
#include "TestSupport.h"

#include "audio/AudioFile.h"
#include "base/UserError.h"
#include "compose/Compose.h"
#include "compose/MidiFile.h"
#include "export/CoverInput.h"
#include "export/TrackExport.h"
#include "project/ProjectDatabase.h"
#include "runners/ExportJob.h"
#include "visual/CoverArt.h"

#include <nlohmann/json.hpp>
#include <sndfile.h>
#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>
#include <zip.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <csignal>
#include <fstream>
#include <set>
#include <sstream>

using namespace cadenza;

namespace {

nlohmann::json probe(const std::filesystem::path& file) {
    QProcess p;
    p.start("ffprobe", {"-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                        QString::fromStdString(file.string())});
    p.waitForFinished(60000);
    return nlohmann::json::parse(p.readAllStandardOutput().toStdString());
}

// A tag wherever ffprobe puts it (the container's tags, or an Ogg stream's), by a name in
// any case.
std::string tag(const nlohmann::json& probed, const std::string& name) {
    const auto find = [&](const nlohmann::json& tags) -> std::string {
        for (const auto& [key, value] : tags.items())
            if (QString::fromStdString(key).compare(QString::fromStdString(name), Qt::CaseInsensitive) == 0)
                return value.get<std::string>();
        return {};
    };
    if (probed["format"].contains("tags"))
        if (auto found = find(probed["format"]["tags"]); !found.empty())
            return found;
    for (const auto& stream : probed["streams"])
        if (stream.contains("tags"))
            if (auto found = find(stream["tags"]); !found.empty())
                return found;
    return {};
}

const nlohmann::json* streamOf(const nlohmann::json& probed, const std::string& type, bool picture = false) {
    for (const auto& stream : probed["streams"])
        if (stream["codec_type"] == type && stream["disposition"].value("attached_pic", 0) == (picture ? 1 : 0))
            return &stream;
    return nullptr;
}

std::string fileBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

int bitsOf(const std::filesystem::path& wav) {
    SF_INFO info{};
    SNDFILE* f = sf_open(wav.c_str(), SFM_READ, &info);
    if (f == nullptr)
        return 0;
    sf_close(f);
    return (info.format & SF_FORMAT_SUBMASK) == SF_FORMAT_PCM_16   ? 16
           : (info.format & SF_FORMAT_SUBMASK) == SF_FORMAT_PCM_24 ? 24
                                                                   : 0;
}

// Mean absolute difference of two equal-sized images, per channel, in 0..255.
double imageDifference(const QImage& a, const QImage& b) {
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * a.width() * a.height());
}

} // namespace

class ExportTest : public QObject {
    Q_OBJECT

    struct Result {
        int status;
        QString output;
    };
    QTemporaryDir dataDir_; // the project history these runs share
    QTemporaryDir outDir_;
    std::filesystem::path data() const { return dataDir_.path().toStdString(); }
    std::filesystem::path out() const { return outDir_.path().toStdString(); }

    Result run(const QStringList& args, int timeoutMs = 300000) const {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CADENZA_DATA_DIR", dataDir_.path());
        p.setProcessEnvironment(environment);
        p.start(CADENZA_CLI, args);
        p.waitForFinished(timeoutMs);
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

    static constexpr const char* kPrompt = "happy upbeat pop song in C major";
    static constexpr int kSeed = 7;
    static constexpr int kSeconds = 8;

  private slots:
    void initTestCase() {
        const auto r = run({"generate", kPrompt, "--duration", QString::number(kSeconds), "--seed",
                            QString::number(kSeed), "--out", QString::fromStdString((out() / "song").string())});
        QVERIFY2(r.status == 0, qPrintable(r.output)); // track 1
    }

    void everyAudioFormatIsTaggedWithItsCover_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<int>("rate");
        QTest::addColumn<bool>("cover");
        QTest::newRow("wav 16") << "wav" << 16 << "pcm_s16le" << 44100 << true;
        QTest::newRow("wav 24") << "wav" << 24 << "pcm_s24le" << 44100 << true;
        QTest::newRow("flac") << "flac" << 24 << "flac" << 44100 << true;
        QTest::newRow("mp3") << "mp3" << 24 << "mp3" << 44100 << true;
        QTest::newRow("ogg") << "ogg" << 24 << "vorbis" << 44100 << true;
        QTest::newRow("opus") << "opus" << 24 << "opus" << 48000 << true;
    }
    void everyAudioFormatIsTaggedWithItsCover() {
        QFETCH(QString, format);
        QFETCH(int, bits);
        QFETCH(QString, codec);
        QFETCH(int, rate);
        QFETCH(bool, cover);
        const auto file = out() / ("export-" + std::to_string(bits) + "." + format.toStdString());
        const auto r = run({"export", "1", "--format", format, "--bits", QString::number(bits), "--out",
                            QString::fromStdString(file.string())});
        QVERIFY2(r.status == 0, qPrintable(r.output));

        const auto probed = probe(file);
        const auto* audio = streamOf(probed, "audio");
        QVERIFY(audio != nullptr);
        QCOMPARE(QString::fromStdString((*audio)["codec_name"]), codec);
        QCOMPARE(std::stoi((*audio)["sample_rate"].get<std::string>()), rate);
        QCOMPARE((*audio)["channels"].get<int>(), 2);
        const double source = std::stod(probe(out() / "song" / "song.wav")["format"]["duration"].get<std::string>());
        QCOMPARE(source, static_cast<double>(kSeconds));
        const double duration = std::stod(probed["format"]["duration"].get<std::string>());
        QVERIFY2(std::abs(duration - source) <= 0.050,
                 qPrintable(QString("%1 s against %2 s").arg(duration).arg(source)));
        if (format == "mp3") // 320 kbps constant: every frame the same size
            QCOMPARE((*audio)["bit_rate"].get<std::string>(), std::string("320000"));

        QCOMPARE(tag(probed, "title"), std::string("Happy Pop")); // a name made from the prompt
        QVERIFY(tag(probed, "comment").find(std::string("\"") + kPrompt + "\"") != std::string::npos);
        QCOMPARE(tag(probed, "artist"), std::string("Cadenza"));
        QCOMPARE(tag(probed, "album"), std::string("Cadenza"));
        QCOMPARE(tag(probed, "genre"), std::string("pop"));
        if (format == "wav") { // ffprobe shows a WAV's RIFF INFO, not its ID3 chunk: TagLib reads both
            const TagLib::FileRef reread(file.c_str());
            const auto properties = reread.file()->properties();
            QCOMPARE(properties["BPM"].toString().to8Bit(true), std::string("124"));
            QCOMPARE(properties["INITIALKEY"].toString().to8Bit(true), std::string("C major"));
        } else {
            const std::string bpm = tag(probed, "bpm").empty() ? tag(probed, "TBPM") : tag(probed, "bpm");
            QCOMPARE(bpm, std::string("124"));
            const std::string key = tag(probed, "initialkey").empty() ? tag(probed, "TKEY") : tag(probed, "initialkey");
            QCOMPARE(key, std::string("C major"));
        }
        const auto* picture = streamOf(probed, "video", true);
        QCOMPARE(picture != nullptr, cover);
        if (picture) {
            QCOMPARE((*picture)["codec_name"].get<std::string>(), std::string("png"));
            QCOMPARE((*picture)["width"].get<int>(), 1024);
            QCOMPARE((*picture)["height"].get<int>(), 1024);
        }
        QVERIFY(!std::filesystem::exists(file.parent_path() / ("." + file.filename().string() + ".part-0")));
    }

    void losslessExportsHoldTheSameSamples() {
        const auto wav = readAudioFile(out() / "song" / "song.wav");
        const auto flac = readAudioFile(out() / "export-24.flac");
        QCOMPARE(flac.frames(), wav.frames());
        for (std::size_t i = 0; i < wav.frames(); i += 97)
            QCOMPARE(flac.left[i], wav.left[i]);
    }

    void lossyExportsSoundLikeTheSong() {
        // The MP3 decoded (libsndfile reads MP3) against the WAV: the same loudness and a
        // tight match once LAME's encoder delay is skipped by the decoder.
        const auto wav = readAudioFile(out() / "song" / "song.wav");
        const auto mp3 = readAudioFile(out() / "export-24.mp3");
        QVERIFY(std::abs(static_cast<double>(mp3.frames()) - static_cast<double>(wav.frames())) < 0.05 * 44100);
        double best = 0;
        for (int lag = -1200; lag <= 1200; ++lag) {
            double dot = 0, a = 0, b = 0;
            for (std::size_t i = 44100; i < 4 * 44100; i += 3) {
                const auto j = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(i) + lag);
                dot += wav.left[i] * mp3.left[j];
                a += wav.left[i] * wav.left[i];
                b += mp3.left[j] * mp3.left[j];
            }
            best = std::max(best, dot / std::sqrt(a * b));
        }
        QVERIFY2(best > 0.98, qPrintable(QString("correlation %1").arg(best)));
    }

    void midiReReadsWithTheSameNotes() {
        const auto file = out() / "song.mid";
        const auto r = run({"export", "1", "--format", "midi", "--out", QString::fromStdString(file.string())});
        QVERIFY2(r.status == 0, qPrintable(r.output));
        const auto midi = test::readMidi(fileBytes(file));
        const Score score = compose(test::spec(kPrompt, kSeconds, kSeed), test::catalog());
        QCOMPARE(midi.tracks.size(), score.parts.size() + 1);
        for (std::size_t i = 0; i < score.parts.size(); ++i) {
            const auto& notes = midi.tracks[i + 1].notes;
            QCOMPARE(notes.size(), score.parts[i].notes.size());
            for (std::size_t n = 0; n < notes.size(); ++n) {
                QCOMPARE(notes[n].tick, score.parts[i].notes[n].tick);
                QCOMPARE(notes[n].pitch, score.parts[i].notes[n].pitch);
            }
        }
    }

    // "The mix as you hear it": the stems summed with the studio's strips, not the mastered
    // song. Drums muted, bass 6 dB down and hard left: each sample is that sum.
    void theMixAsHeardIsTheStripsSum() {
        const ProjectDatabase db(data());
        const TrackFiles track = trackFiles(db, 1);
        QVERIFY(track.stems.size() >= 3);
        MixerState strips;
        strips.strips["drums"] = {.mute = true};
        strips.strips["bass"] = {.volumeDb = -6, .pan = -1};
        const ExportRequest request{
            .track = 1, .format = ExportFormat::Flac, .out = out() / "as-heard.flac", .mix = strips};
        // Through the job's parameters, as the studio queues it.
        const ExportRequest queued = parseExportParameters(exportParameters(request));
        QVERIFY(queued.mix && *queued.mix == strips);
        exportTrack(track, queued, trackTags(track.record, "", ""));
        const auto heard = readAudioFile(request.out);
        std::vector<StereoBuffer> stems;
        for (const auto& name : track.stems)
            stems.push_back(readAudioFile(track.folder / "stems" / (name + ".wav")));
        QCOMPARE(heard.frames(), stems.front().frames());
        const float bass = static_cast<float>(std::pow(10.0, -6.0 / 20));
        double worst = 0;
        for (std::size_t i = 0; i < heard.frames(); i += 101) {
            float left = 0, right = 0;
            for (std::size_t s = 0; s < stems.size(); ++s) {
                if (track.stems[s] == "drums")
                    continue;
                const bool isBass = track.stems[s] == "bass";
                left += (isBass ? bass : 1.0f) * stems[s].left[i];
                right += isBass ? 0.0f : stems[s].right[i];
            }
            worst = std::max({worst, std::abs(double(heard.left[i]) - left), std::abs(double(heard.right[i]) - right)});
        }
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst))); // 24-bit FLAC's rounding
        // Not for MIDI, stems, or a track without stems.
        ExportRequest midi = request;
        midi.format = ExportFormat::Midi;
        QVERIFY_THROWS_EXCEPTION(UserError, checkExportable(track, midi));
    }

    void stemsGoToAFolderOrAZip() {
        const auto folder = out() / "stems16";
        auto r =
            run({"export", "1", "--format", "stems", "--bits", "16", "--out", QString::fromStdString(folder.string())});
        QVERIFY2(r.status == 0, qPrintable(r.output));
        const auto song = readAudioFile(out() / "song" / "song.wav");
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(data() / "tracks" / "1" / "stems"))
            names.push_back(entry.path().filename().string());
        QVERIFY(names.size() >= 4);
        for (const auto& name : names) {
            QCOMPARE(bitsOf(folder / name), 16);
            QCOMPARE(readAudioFile(folder / name).frames(), song.frames());
        }

        const auto archive = out() / "stems.zip";
        r = run({"export", "1", "--format", "stems", "--out", QString::fromStdString(archive.string())});
        QVERIFY2(r.status == 0, qPrintable(r.output));
        int error = 0;
        zip_t* zip = zip_open(archive.c_str(), ZIP_RDONLY, &error);
        QVERIFY(zip != nullptr);
        QCOMPARE(zip_get_num_entries(zip, 0), static_cast<zip_int64_t>(names.size()));
        for (const auto& name : names) {
            zip_stat_t stat;
            QCOMPARE(zip_stat(zip, name.c_str(), 0, &stat), 0);
            QCOMPARE(stat.size,
                     static_cast<zip_uint64_t>(std::filesystem::file_size(data() / "tracks/1/stems" / name)));
        }
        zip_close(zip);
        // Nothing but the archive is left beside it.
        int beside = 0;
        for (const auto& entry : std::filesystem::directory_iterator(out()))
            beside += entry.path().filename().string().find("stems.zip") != std::string::npos ? 1 : 0;
        QCOMPARE(beside, 1);
    }

    void refusalsChangeNothing() {
        const auto before = std::distance(std::filesystem::directory_iterator(out()), {});
        auto r = run({"export", "1", "--format", "aiff", "--out", QString::fromStdString((out() / "x.aiff").string())});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.output.contains("wav, flac, mp3, ogg, opus, midi or stems"), qPrintable(r.output));
        r = run({"export", "1", "--format", "wav", "--bits", "20", "--out",
                 QString::fromStdString((out() / "x.wav").string())});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.output.contains("16 or 24"), qPrintable(r.output));
        r = run({"export", "99", "--format", "wav", "--out", QString::fromStdString((out() / "x.wav").string())});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.output.contains("no track 99"), qPrintable(r.output));
        QCOMPARE(std::distance(std::filesystem::directory_iterator(out()), {}), before);
    }

    void recordingsHaveNoMidi() {
        // A recording brought in (here a tone written by the test) has audio but no score.
        StereoBuffer tone(44100, 44100 * 3);
        for (std::size_t i = 0; i < tone.frames(); ++i)
            tone.left[i] = tone.right[i] =
                0.3f * static_cast<float>(std::sin(2 * M_PI * 440 * static_cast<double>(i) / 44100));
        writeWav(out() / "tone.wav", tone, SampleFormat::Pcm16);
        auto r = run({"import", QString::fromStdString((out() / "tone.wav").string())});
        QVERIFY2(r.status == 0, qPrintable(r.output));
        const QString id = QRegularExpression("imported as track (\\d+)").match(r.output).captured(1);
        QVERIFY(!id.isEmpty());
        r = run({"export", id, "--format", "midi", "--out", QString::fromStdString((out() / "tone.mid").string())});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.output.contains("has no MIDI"), qPrintable(r.output));
        QVERIFY(!std::filesystem::exists(out() / "tone.mid"));
        r = run({"export", id, "--format", "flac", "--out", QString::fromStdString((out() / "tone.flac").string())});
        QVERIFY2(r.status == 0, qPrintable(r.output));
        QCOMPARE(readAudioFile(out() / "tone.flac").frames(), tone.frames());
    }

    void aCancelledExportLeavesNothing() {
        const ProjectDatabase db(data());
        ExportRequest request;
        request.track = 1;
        request.format = ExportFormat::Mp3;
        request.out = out() / "cancelled" / "song.mp3";
        CancelToken cancel;
        int blocks = 0;
        QVERIFY_THROWS_EXCEPTION(OperationCancelled, exportTrack(
                                                         trackFiles(db, 1), request, {},
                                                         [&](std::string_view, double) {
                                                             if (++blocks == 5)
                                                                 cancel.cancel();
                                                         },
                                                         cancel));
        QVERIFY(std::filesystem::is_empty(out() / "cancelled"));
    }

    void coversComeFromTheMusicAndDiffer() {
        const char* prompts[] = {"sad piano ballad in D minor",
                                 "dark driving techno",
                                 "dreamy ambient pads",
                                 "energetic drum and bass",
                                 "romantic bossa nova",
                                 "epic cinematic orchestral",
                                 "relaxed reggae",
                                 "angry metal",
                                 "calm lo-fi hip hop",
                                 "tense trap beat"};
        std::vector<std::int64_t> tracks;
        for (const char* prompt : prompts) {
            const auto r = run({"generate", prompt, "--duration", "6", "--seed", "3", "--out",
                                QString::fromStdString((out() / "covers-src").string())});
            QVERIFY2(r.status == 0, qPrintable(r.output));
            tracks.push_back(QRegularExpression("track (\\d+)").match(r.output).captured(1).toLongLong());
        }
        const ProjectDatabase db(data());
        std::vector<QImage> covers;
        for (const auto id : tracks)
            covers.push_back(renderCover(coverInput(trackFiles(db, id)), 256));
        double closest = 255;
        for (std::size_t i = 0; i < covers.size(); ++i)
            for (std::size_t j = i + 1; j < covers.size(); ++j) {
                const double difference = imageDifference(covers[i], covers[j]);
                closest = std::min(closest, difference);
                QVERIFY2(difference > 12,
                         qPrintable(QString("covers of %1 and %2 look alike").arg(prompts[i], prompts[j])));
            }
        qInfo("the two most alike of ten covers differ by %.1f of 255 per channel on average", closest);
        // Deterministic, and a regenerated cover is another picture.
        CoverInput input = coverInput(trackFiles(db, tracks[0]));
        QCOMPARE(renderCover(input, 256), covers[0]);
        input.variant = 1;
        QVERIFY(imageDifference(renderCover(input, 256), covers[0]) > 12);
        // The music shapes it: the same seed and mood with another energy curve differ.
        CoverInput flattened = coverInput(trackFiles(db, tracks[0]));
        std::fill(flattened.energy.begin(), flattened.energy.end(), 1.0f);
        flattened.rhythm.fill(1.0f);
        QVERIFY(imageDifference(renderCover(flattened, 256), covers[0]) > 1);
    }

    void coverCommandWritesTheCover() {
        const auto file = out() / "cover.png";
        auto r = run({"cover", "1", "--out", QString::fromStdString(file.string())});
        QVERIFY2(r.status == 0, qPrintable(r.output));
        const QImage first(QString::fromStdString(file.string()));
        QCOMPARE(first.size(), QSize(1024, 1024));
        r = run({"cover", "1", "--new", "--out", QString::fromStdString(file.string())});
        QVERIFY2(r.status == 0 && r.output.contains("variant 1"), qPrintable(r.output));
        QVERIFY(imageDifference(QImage(QString::fromStdString(file.string())), first) > 12);
        QCOMPARE(ProjectDatabase(data()).track(1)->coverVariant, 1); // kept for the Library and exports
    }

    void musicVideoHasItsStreamsAndTheTracksSound() {
        const auto file = out() / "video.mp4";
        const auto r = run({"video", "1", "--out", QString::fromStdString(file.string())});
        QVERIFY2(r.status == 0, qPrintable(r.output));
        const auto probed = probe(file);
        const auto* video = streamOf(probed, "video");
        const auto* audio = streamOf(probed, "audio");
        QVERIFY(video != nullptr && audio != nullptr);
        QCOMPARE((*video)["codec_name"].get<std::string>(), std::string("h264"));
        QCOMPARE((*video)["width"].get<int>(), 1920);
        QCOMPARE((*video)["height"].get<int>(), 1080);
        QCOMPARE((*video)["pix_fmt"].get<std::string>(), std::string("yuv420p"));
        QCOMPARE((*video)["r_frame_rate"].get<std::string>(), std::string("30/1"));
        QCOMPARE((*audio)["codec_name"].get<std::string>(), std::string("aac"));
        QCOMPARE((*audio)["channels"].get<int>(), 2);
        QVERIFY(std::abs(std::stod(probed["format"]["duration"].get<std::string>()) - kSeconds) <= 0.05);
        // Faststart: the index (moov) comes before the media (mdat).
        const auto bytes = fileBytes(file);
        QVERIFY(bytes.find("moov") < bytes.find("mdat"));

        // The video's sound is the track's: decoded back, it matches song.wav closely.
        const auto decoded = out() / "video-sound.wav";
        QProcess ffmpeg;
        ffmpeg.start("ffmpeg", {"-v", "error", "-y", "-i", QString::fromStdString(file.string()), "-vn", "-ar", "44100",
                                QString::fromStdString(decoded.string())});
        QVERIFY(ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0);
        const auto song = readAudioFile(out() / "song" / "song.wav");
        const auto sound = readAudioFile(decoded);
        QVERIFY(std::abs(static_cast<double>(sound.frames()) - static_cast<double>(song.frames())) < 0.05 * 44100);
        double dot = 0, a = 0, b = 0;
        for (std::size_t i = 0; i < std::min(song.frames(), sound.frames()); ++i) {
            dot += song.left[i] * sound.left[i];
            a += song.left[i] * song.left[i];
            b += sound.left[i] * sound.left[i];
        }
        QVERIFY2(dot / std::sqrt(a * b) > 0.97, qPrintable(QString("correlation %1").arg(dot / std::sqrt(a * b))));

        // The picture moves with the music: two frames a few seconds apart differ where the
        // bars are, and agree on the cover.
        const auto frameAt = [&](double seconds) {
            const auto png = out() / ("frame-" + std::to_string(static_cast<int>(seconds)) + ".png");
            QProcess grab;
            grab.start("ffmpeg",
                       {"-v", "error", "-y", "-ss", QString::number(seconds), "-i",
                        QString::fromStdString(file.string()), "-frames:v", "1", QString::fromStdString(png.string())});
            grab.waitForFinished(60000);
            return QImage(QString::fromStdString(png.string())).convertToFormat(QImage::Format_RGB32);
        };
        const QImage early = frameAt(2);
        const QImage late = frameAt(6);
        QCOMPARE(early.size(), QSize(1920, 1080));
        const QRect bars(960, 470, 820, 330);
        const QRect cover(140, 180, 720, 720);
        QVERIFY(imageDifference(early.copy(bars), late.copy(bars)) > 2);
        QVERIFY(imageDifference(early.copy(cover), late.copy(cover)) < 2);
    }

    void aCancelledVideoStopsAtOnceAndLeavesNothing() {
        // Ctrl-C a video midway: the program ends within half a second with status 130,
        // ffmpeg with it, and nothing is left at the destination or beside it.
        const auto made = run({"generate", "slow ambient drift", "--duration", "90", "--out",
                               QString::fromStdString((out() / "long").string())});
        QVERIFY2(made.status == 0, qPrintable(made.output));
        const QString track = QRegularExpression("track (\\d+)").match(made.output).captured(1);
        const auto folder = out() / "cancelled-video";
        std::filesystem::create_directories(folder);
        QProcess p;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CADENZA_DATA_DIR", dataDir_.path());
        p.setProcessEnvironment(environment);
        p.start(CADENZA_CLI, {"video", track, "--out", QString::fromStdString((folder / "v.mp4").string())});
        QVERIFY(p.waitForStarted());
        QTest::qWait(1200);
        QCOMPARE(p.state(), QProcess::Running);
        QElapsedTimer stopping;
        stopping.start();
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5000));
        qInfo("the video stopped %lld ms after Ctrl-C", static_cast<long long>(stopping.elapsed()));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(std::filesystem::is_empty(folder));
        QProcess pgrep;
        pgrep.start("pgrep", {"-f", QString::fromStdString((folder / ".v.mp4").string())});
        pgrep.waitForFinished();
        QVERIFY2(pgrep.readAllStandardOutput().isEmpty(), "ffmpeg outlived the cancelled video");
    }

    void batchesWriteAFolderPerSong() {
        // The evaluation set (the repository's copy of the shared one): twenty prompts, twenty
        // jobs, twenty folders.
        const auto folder = out() / "batch";
        auto r = run({"batch", "--prompts", CADENZA_TEST_DATA "/eval-prompts.jsonl", "--duration", "5", "--out",
                      QString::fromStdString(folder.string())});
        QVERIFY2(r.status == 0, qPrintable(r.output));
        std::ifstream summaryFile(folder / "batch.json");
        const auto summary = nlohmann::json::parse(summaryFile);
        QCOMPARE(summary["songs"].size(), std::size_t{20});
        QCOMPARE(summary["failed"].get<int>(), 0);
        std::set<std::int64_t> jobs;
        for (const auto& song : summary["songs"]) {
            const auto songFolder = folder / song["folder"].get<std::string>();
            QVERIFY(std::filesystem::exists(songFolder / "song.wav"));
            std::ifstream described(songFolder / "song.json");
            QCOMPARE(nlohmann::json::parse(described)["duration"].get<double>(), 5.0); // the option wins
            jobs.insert(song["job"].get<std::int64_t>());
        }
        QCOMPARE(jobs.size(), std::size_t{20});
        QVERIFY(summary["songs"][0]["folder"].get<std::string>().starts_with("01-chill-lo-fi-hip-hop-beat"));

        // Plain lines and JSON lines mix; a JSON line's options are kept.
        const auto prompts = out() / "prompts.txt";
        std::ofstream(prompts) << "# two songs\nwarm lo-fi beat for a rainy night\n\n"
                               << R"({"prompt": "energetic house track at 124 bpm", "seed": 5})"
                               << "\n";
        const auto mixed = out() / "mixed";
        r = run({"batch", "--prompts", QString::fromStdString(prompts.string()), "--duration", "5", "--out",
                 QString::fromStdString(mixed.string())});
        QVERIFY2(r.status == 0, qPrintable(r.output));
        std::ifstream mixedFile(mixed / "batch.json");
        const auto mixedSummary = nlohmann::json::parse(mixedFile);
        QCOMPARE(mixedSummary["songs"].size(), std::size_t{2});
        QCOMPARE(mixedSummary["songs"][1]["seed"].get<int>(), 5);

        // Takes: one prompt, consecutive seeds, grouped in the history.
        const auto takes = out() / "takes";
        r = run({"batch", "--prompt", "dreamy synthwave", "--variations", "3", "--seed", "40", "--duration", "5",
                 "--out", QString::fromStdString(takes.string())});
        QVERIFY2(r.status == 0, qPrintable(r.output));
        std::ifstream takesFile(takes / "batch.json");
        const auto taken = nlohmann::json::parse(takesFile);
        QCOMPARE(taken["songs"].size(), std::size_t{3});
        const ProjectDatabase db(data());
        std::set<std::int64_t> groups;
        std::set<std::string> audio;
        for (int i = 0; i < 3; ++i) {
            const auto& song = taken["songs"][static_cast<std::size_t>(i)];
            QCOMPARE(song["seed"].get<int>(), 40 + i);
            const auto track = db.track(song["track"].get<std::int64_t>());
            QVERIFY(track && track->takeGroup);
            groups.insert(*track->takeGroup);
            audio.insert(fileBytes(takes / song["folder"].get<std::string>() / "song.wav"));
        }
        QCOMPARE(groups.size(), std::size_t{1});
        QCOMPARE(audio.size(), std::size_t{3}); // three different songs
        // Each song was a job of its own in the queue.
        int generateJobs = 0;
        for (const auto& job : db.jobs())
            generateJobs += job.kind == JobKind::Generate && job.title == "dreamy synthwave" ? 1 : 0;
        QCOMPARE(generateJobs, 3);
    }
};

QTEST_MAIN(ExportTest)
#include "test_export.moc"

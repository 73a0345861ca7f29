// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files (issue 7): a corpus the test makes of files built to hurt a decoder, each
// refused through `cadenza-cli import` and `analyze` with a clear message and the project
// history unchanged; and 200 mutations of valid WAV, FLAC, Ogg, Opus and MP3 files (bit
// flips, truncation, header damage, spliced garbage) through `cadenza-cli analyze` under
// a 2 GB address-space limit: each analyses or is refused, none crashes, hangs past 30 s
// or allocates without bound.

#include "audio/AudioFile.h"

#include <nlohmann/json.hpp>
#include <sndfile.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

#include <cmath>
#include <fstream>
#include <random>

namespace {

using Bytes = std::string;

Bytes readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writeBytes(const std::filesystem::path& file, const Bytes& bytes) {
    std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A tone with libsndfile: a chord, so that the analysis has something to measure.
void writeTone(const std::filesystem::path& file, int format, int rate = 44100, double seconds = 2.0) {
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 2;
    info.format = format;
    SNDFILE* sf = sf_open(file.c_str(), SFM_WRITE, &info);
    QVERIFY2(sf, sf_strerror(nullptr));
    const auto frames = static_cast<std::size_t>(seconds * rate);
    std::vector<float> data(frames * 2);
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = static_cast<double>(i) / rate;
        const auto v = static_cast<float>(
            0.2 * (std::sin(2 * M_PI * 220 * t) + std::sin(2 * M_PI * 277.2 * t) + std::sin(2 * M_PI * 329.6 * t)));
        data[2 * i] = data[2 * i + 1] = v;
    }
    sf_writef_float(sf, data.data(), static_cast<sf_count_t>(frames));
    sf_close(sf);
}

// A canonical 44-byte WAV header, for headers libsndfile would not write.
Bytes wavHeader(std::uint32_t rate, std::uint16_t channels, std::uint16_t bits, std::uint32_t dataBytes) {
    Bytes h;
    const auto put = [&](std::uint64_t v, int n) {
        for (int i = 0; i < n; ++i)
            h += static_cast<char>((v >> (8 * i)) & 0xFF);
    };
    h += "RIFF";
    put(36 + static_cast<std::uint64_t>(dataBytes), 4);
    h += "WAVEfmt ";
    put(16, 4);
    put(1, 2);
    put(channels, 2);
    put(rate, 4);
    put(static_cast<std::uint64_t>(rate) * channels * bits / 8, 4);
    put(channels * bits / 8, 2);
    put(bits, 2);
    h += "data";
    put(dataBytes, 4);
    return h;
}

} // namespace

class HostileTest : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_;
    QTemporaryDir corpusDir_;
    std::filesystem::path corpus() const { return corpusDir_.path().toStdString(); }

    struct Result {
        int status;
        bool crashed;
        bool timedOut;
        QString output;
    };

    // cadenza-cli with the history in this test's folder and, optionally, its address
    // space limited (RLIMIT_AS), the way a hostile file must not make it grow.
    Result run(const QStringList& args, std::uint64_t addressSpace = 0, int timeoutMs = 60000) const {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CADENZA_DATA_DIR", dataDir_.path());
        p.setProcessEnvironment(environment);
#ifdef CADENZA_SANITIZED
        // AddressSanitizer reserves terabytes of address space for its shadow memory, so
        // under it the bound is on the resident memory instead.
        if (addressSpace > 0)
            environment.insert("ASAN_OPTIONS", environment.value("ASAN_OPTIONS") +
                                                   ":hard_rss_limit_mb=" + QString::number(addressSpace >> 20));
        p.setProcessEnvironment(environment);
#else
        if (addressSpace > 0)
            p.setChildProcessModifier([addressSpace] {
                const rlimit limit{addressSpace, addressSpace};
                ::setrlimit(RLIMIT_AS, &limit);
            });
#endif
        p.start(CADENZA_CLI, args);
        const bool finished = p.waitForFinished(timeoutMs);
        if (!finished) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitCode(), p.exitStatus() == QProcess::CrashExit && finished, !finished,
                QString::fromUtf8(p.readAll())};
    }

    // What the program said last: its refusal. (libmpg123 prints its own warnings about
    // broken MP3 streams to stderr before it; libsndfile gives no way to quiet them.)
    static QString lastLine(const QString& output) {
        const auto lines = output.split('\n', Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.last();
    }

    // The history as the CLI lists it, to compare before and after.
    QString history() const {
        return run({"list", "--json"}).output + run({"jobs", "--json"}).output;
    }

  private slots:
    void initTestCase() {
        QVERIFY(run({"list"}).status == 0); // creates the history
    }

    void hostileFilesAreRefusedAndChangeNothing_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        const auto add = [](const char* row, const std::filesystem::path& file, const char* reason) {
            QTest::newRow(row) << QString::fromStdString(file.string()) << QString(reason);
        };
        std::ofstream(corpus() / "empty.wav").close();
        add("0-byte file", corpus() / "empty.wav", "not audio");

        std::mt19937 random(7);
        Bytes noise(64 * 1024, '\0');
        for (auto& b : noise)
            b = static_cast<char>(random() & 0xFF);
        writeBytes(corpus() / "noise.mp3", noise);
        add("random bytes named .mp3", corpus() / "noise.mp3", "not audio");

        // 10 hours of 8 kHz mono 16-bit claimed (576 MB) by a file of one second.
        Bytes liar = wavHeader(8000, 1, 16, 10u * 3600u * 8000u * 2u);
        liar += Bytes(16000, '\0');
        writeBytes(corpus() / "ten-hours.wav", liar);
        add("a WAV claiming 10 hours", corpus() / "ten-hours.wav", "claims more audio than the file holds");

        Bytes wide = wavHeader(44100, 200, 16, 200 * 2 * 100);
        wide += Bytes(200 * 2 * 100, '\0');
        writeBytes(corpus() / "wide.wav", wide);
        add("a 200-channel WAV", corpus() / "wide.wav", "200 channels");

        Bytes fast = wavHeader(10'000'000, 1, 16, 20000);
        fast += Bytes(20000, '\0');
        writeBytes(corpus() / "fast.wav", fast);
        add("a sample rate of 10 MHz", corpus() / "fast.wav", "10000000 Hz");

        for (const auto& [name, format] : {std::pair{"cut.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16},
                                           std::pair{"cut.mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III},
                                           std::pair{"cut.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS}}) {
            writeTone(corpus() / name, format);
            const Bytes whole = readBytes(corpus() / name);
            writeBytes(corpus() / name, whole.substr(0, 200)); // the headers and a little more
            add((std::string("truncated ") + name).c_str(), corpus() / name, "");
        }

        writeBytes(corpus() / "stream.mp3", "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n#EXTINF:10.0,\n"
                                            "http://example.com/segment0.ts\n#EXT-X-ENDLIST\n");
        add("an HLS playlist named .mp3", corpus() / "stream.mp3", "not audio");

        // Two hours of 8 kHz mono 8-bit, a real file: over the 30-minute import limit.
        {
            Bytes twoHours = wavHeader(8000, 1, 8, 2u * 3600u * 8000u);
            std::ofstream out(corpus() / "two-hours.wav", std::ios::binary);
            out.write(twoHours.data(), static_cast<std::streamsize>(twoHours.size()));
            const Bytes second(8000, static_cast<char>(128));
            for (int s = 0; s < 2 * 3600; ++s)
                out.write(second.data(), static_cast<std::streamsize>(second.size()));
        }
        add("a 2-hour file", corpus() / "two-hours.wav", "limit is 30 minutes");
    }
    void hostileFilesAreRefusedAndChangeNothing() {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const QString before = history();
        for (const char* command : {"import", "analyze"}) {
            const auto r = run({command, file}, 2ULL << 30);
            QVERIFY2(!r.crashed && !r.timedOut, qPrintable(r.output));
            QVERIFY2(r.status == 2, qPrintable(QString("%1: status %2: %3").arg(command).arg(r.status).arg(r.output)));
            QVERIFY2(lastLine(r.output).startsWith("cadenza-cli: file: "), qPrintable(r.output));
            QVERIFY2(lastLine(r.output).contains(reason), qPrintable(r.output));
        }
        QCOMPARE(history(), before);
    }

    void strangeNamesAreHarmless() {
        // A valid recording whose name has a newline, reached through "../": it imports,
        // its title is printable, and nothing is written outside the data folder.
        std::filesystem::create_directories(corpus() / "sub");
        const auto file = corpus() / "evil\nname\t..x.wav";
        writeTone(file, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
        const auto before = std::distance(std::filesystem::directory_iterator(corpus()), {});
        const auto r = run({"import", QString::fromStdString((corpus() / "sub" / ".." / file.filename()).string())});
        QVERIFY2(r.status == 0, qPrintable(r.output));
        const auto tracks = nlohmann::json::parse(run({"list", "--json"}).output.toStdString());
        QCOMPARE(tracks.back()["title"].get<std::string>(), std::string("evil name ..x"));
        QCOMPARE(std::distance(std::filesystem::directory_iterator(corpus()), {}), before);
    }

    void fuzzFindingsAnalyseOrAreRefused() {
        // Every input the fuzzer found (tests/fuzz/regressions) stays a test here.
        int inputs = 0;
        for (const auto& entry : std::filesystem::directory_iterator(CADENZA_FUZZ_REGRESSIONS)) {
            const auto r = run({"analyze", QString::fromStdString(entry.path().string())}, 2ULL << 30, 30000);
            QVERIFY2(!r.crashed && !r.timedOut && (r.status == 0 || r.status == 2),
                     qPrintable(QString::fromStdString(entry.path().filename().string()) + ": " + r.output));
            ++inputs;
        }
        QVERIFY(inputs > 0);
    }

    void mutatedFilesAnalyseOrAreRefused() {
        // The seeds: short valid files in every format the import reads.
        const std::vector<std::pair<std::string, int>> seeds = {
            {"seed.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16},
            {"seed.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16},
            {"seed.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS},
            {"seed.opus", SF_FORMAT_OGG | SF_FORMAT_OPUS},
            {"seed.mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III}};
        std::vector<Bytes> seedBytes;
        for (const auto& [name, format] : seeds) {
            writeTone(corpus() / name, format, name == "seed.opus" ? 48000 : 44100, 1.5);
            seedBytes.push_back(readBytes(corpus() / name));
        }
        std::mt19937_64 random(2026);
        const auto below = [&](std::size_t n) {
            return static_cast<std::size_t>(random() % std::max<std::size_t>(1, n));
        };
        int analysed = 0;
        int refused = 0;
        QStringList failures;
        constexpr int kMutations = 200;
        for (int m = 0; m < kMutations; ++m) {
            const std::size_t s = static_cast<std::size_t>(m) % seeds.size();
            Bytes bytes = seedBytes[s];
            const char* kinds[] = {"bit flips", "truncation", "header damage", "spliced garbage"};
            const int kind = m / static_cast<int>(seeds.size()) % 4;
            switch (kind) {
            case 0: // bit flips anywhere
                for (std::size_t f = 0, n = 1 + below(64); f < n; ++f)
                    bytes[below(bytes.size())] ^= static_cast<char>(1 << below(8));
                break;
            case 1: // truncated anywhere
                bytes.resize(below(bytes.size()));
                break;
            case 2: // the first 256 bytes, where the headers and their sizes are, damaged
                for (std::size_t f = 0, n = 1 + below(16); f < n; ++f)
                    bytes[below(std::min<std::size_t>(256, bytes.size()))] = static_cast<char>(random() & 0xFF);
                break;
            default: { // garbage spliced in, or a run of 0xFF (sizes at their largest)
                Bytes garbage(1 + below(4096), '\0');
                for (auto& b : garbage)
                    b = m % 2 ? static_cast<char>(0xFF) : static_cast<char>(random() & 0xFF);
                bytes.insert(below(bytes.size()), garbage);
                break;
            }
            }
            const auto file =
                corpus() / ("mutant-" + std::to_string(m) + std::filesystem::path(seeds[s].first).extension().string());
            writeBytes(file, bytes);
            const auto r = run({"analyze", QString::fromStdString(file.string()), "--json"}, 2ULL << 30, 30000);
            if (r.status == 0 && !r.crashed && !r.timedOut)
                ++analysed;
            else if (r.status == 2 && !r.crashed && lastLine(r.output).startsWith("cadenza-cli: file: "))
                ++refused;
            else {
                failures << QString("%1 (%2 of %3): %4%5")
                                .arg(QString::fromStdString(file.filename().string()), kinds[kind],
                                     QString::fromStdString(seeds[s].first),
                                     r.timedOut  ? "hung past 30 s"
                                     : r.crashed ? "crashed"
                                                 : "status " + QString::number(r.status),
                                     ": " + r.output.left(200));
                const auto kept = std::filesystem::path(CADENZA_TEST_OUTPUT) / "hostile-failures";
                std::filesystem::create_directories(kept);
                std::filesystem::copy_file(file, kept / file.filename(),
                                           std::filesystem::copy_options::overwrite_existing);
            }
            std::filesystem::remove(file);
        }
        qInfo("%d mutated files: %d analysed, %d refused with a message, %lld failed", kMutations, analysed, refused,
              static_cast<long long>(failures.size()));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
    }
};

QTEST_GUILESS_MAIN(HostileTest)
#include "test_hostile.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// cadenza-cli as a person runs it: a generation that writes every file, refusals with
// status 2 that name the field, and a killed run that leaves no song.wav behind.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <filesystem>
#include <map>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

class CliTest : public QObject {
    Q_OBJECT

    struct Result {
        int status;
        QString output;
    };
    QTemporaryDir dataDir_; // the project history these runs share, never the user's own

    void startCli(QProcess& p, const QStringList& args) const {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CADENZA_DATA_DIR", dataDir_.path());
        p.setProcessEnvironment(environment);
        p.start(CADENZA_CLI, args);
    }
    Result run(const QStringList& args) const {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        startCli(p, args);
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

  private slots:
    void generateWritesTheSong() {
        QTemporaryDir dir;
        const auto r = run({"generate", "laid-back reggae with offbeat guitar skank", "--duration", "8", "--seed", "4",
                            "--out", dir.path()});
        QVERIFY2(r.status == 0, qPrintable(r.output));
        for (const char* f : {"song.wav", "song.mid", "song.json", "stems/drums.wav", "stems/bass.wav",
                              "stems/harmony.wav", "stems/lead.wav"})
            QVERIFY2(QFile::exists(dir.filePath(f)), f);
        QVERIFY(r.output.contains("reggae"));
        QFile json(dir.filePath("song.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const auto doc = QJsonDocument::fromJson(json.readAll()).object();
        for (const char* key : {"genre", "mood", "tempo", "key", "meter", "duration", "seed", "engine",
                                "engine_version", "instruments", "sections", "sources", "alternatives"})
            QVERIFY2(doc.contains(key), key);
        QCOMPARE(doc["seed"].toInteger(), 4);
        QCOMPARE(doc["sources"].toObject()["duration"].toString(), QString("option"));
        const auto sections = doc["sections"].toArray();
        QCOMPARE(sections.first().toObject()["start"].toDouble(), 0.0);
        QCOMPARE(sections.last().toObject()["end"].toDouble(), 8.0);

        // The project history has the track and the finished job.
        const auto tracks = QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8()).array();
        QCOMPARE(tracks.size(), 1);
        const auto track = tracks.first().toObject();
        QCOMPARE(track["genre"].toString(), QString("reggae"));
        QCOMPARE(track["source"].toString(), QString("generated"));
        QCOMPARE(track["title"].toString(), QString("Offbeat Guitar – Relaxed Reggae"));
        QCOMPARE(track["prompt"].toString(), QString("laid-back reggae with offbeat guitar skank"));
        for (const char* key : {"id", "title", "mood", "tempo", "key", "duration", "created"})
            QVERIFY2(track.contains(key), key);
        const auto jobs = QJsonDocument::fromJson(run({"jobs", "--json"}).output.toUtf8()).array();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().toObject()["status"].toString(), QString("finished"));
        QCOMPARE(jobs.first().toObject()["kind"].toString(), QString("generate"));
    }

    void refusalsRecordNothing() {
        QTemporaryDir fresh;
        QProcess p;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CADENZA_DATA_DIR", fresh.path());
        p.setProcessEnvironment(environment);
        p.start(CADENZA_CLI, {"generate", "pop", "--tempo", "999", "--out", "/tmp/x"});
        p.waitForFinished();
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!QFile::exists(fresh.filePath("cadenza.db")));
    }

    void importRecordsTheTrackOrRefusesWithStatus2() {
        QTemporaryDir files;
        const QString garbage = files.filePath("garbage.mp3");
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(2048, 'x'));
        g.close();
        const auto jobsBefore = QJsonDocument::fromJson(run({"jobs", "--json"}).output.toUtf8()).array().size();
        const auto refused = run({"import", garbage});
        QCOMPARE(refused.status, 2);
        QVERIFY(refused.output.contains("not audio"));
        QCOMPARE(QJsonDocument::fromJson(run({"jobs", "--json"}).output.toUtf8()).array().size(), jobsBefore);

        // A real file: the song the first test made, imported again as a recording.
        QTemporaryDir out;
        QVERIFY(run({"generate", "folk", "--duration", "5", "--seed", "1", "--out", out.path()}).status == 0);
        const auto imported = run({"import", QDir(out.path()).filePath("song.wav")});
        QVERIFY2(imported.status == 0, qPrintable(imported.output));
        const auto tracks = QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8()).array();
        QCOMPARE(tracks.last().toObject()["source"].toString(), QString("imported"));
        QCOMPARE(tracks.last().toObject()["title"].toString(), QString("song"));
    }

    void analyzeAndRemix() {
        QTemporaryDir out;
        QVERIFY(run({"generate", "house", "--duration", "12", "--seed", "4", "--tempo", "124", "--out", out.path()})
                    .status == 0);
        const QString song = QDir(out.path()).filePath("song.wav");
        const auto analysed = run({"analyze", song, "--json"});
        QCOMPARE(analysed.status, 0);
        const auto analysis = QJsonDocument::fromJson(analysed.output.toUtf8()).object();
        QVERIFY2(std::abs(analysis["tempo"].toDouble() - 124) < 2.5, qPrintable(analysed.output.left(200)));
        for (const char* key :
             {"beats", "key", "key_confidence", "lufs", "loudness_range", "true_peak", "duration", "spectral_centroid",
              "spectral_rolloff", "spectral_flatness", "energy", "chroma", "sections"})
            QVERIFY2(analysis.contains(key), key);
#ifdef CADENZA_WITH_TORCH
        // The shipped mood model, through the libtorch module loaded on first use.
        const auto mood = analysis["mood"].toObject();
        double total = 0;
        for (const auto& score : mood["scores"].toObject())
            total += score.toDouble();
        QVERIFY(std::abs(total - 1) < 0.01);
        QVERIFY(std::abs(mood["valence"].toDouble()) <= 1 && std::abs(mood["arousal"].toDouble()) <= 1);
#else
        QVERIFY2(!analysis.contains("mood"), "a build without libtorch has no mood model");
#endif

        // A track of the history: analysed as a job and stored; remixed into a derived track.
        const auto tracks = QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8()).array();
        const QString id = QString::number(tracks.last().toObject()["id"].toInteger());
        QCOMPARE(run({"analyze", id}).status, 0);
        const QString remixed = QDir(out.path()).filePath("faster.wav");
        const auto remix = run({"remix", id, "--tempo", "1.5", "--pitch", "-2", "--out", remixed});
        QVERIFY2(remix.status == 0, qPrintable(remix.output));
        QVERIFY(QFile::exists(remixed));
        const auto after = QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8()).array();
        QCOMPARE(after.size(), tracks.size() + 1);
        const auto derived = after.last().toObject();
        QCOMPARE(derived["source"].toString(), QString("derived"));
        QVERIFY(std::abs(derived["duration"].toDouble() - tracks.last().toObject()["duration"].toDouble() / 1.5) <
                0.02);

        // Another genre: the generated song re-arranged, with stems and MIDI.
        const QString asJazz = QDir(out.path()).filePath("as-jazz.wav");
        const auto rearranged = run({"remix", id, "--genre", "jazz", "--out", asJazz});
        QVERIFY2(rearranged.status == 0, qPrintable(rearranged.output));
        QVERIFY(QFile::exists(asJazz));
        const auto withJazz = QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8()).array();
        QCOMPARE(withJazz.last().toObject()["genre"].toString(), QString("jazz"));
        QCOMPARE(withJazz.last().toObject()["source"].toString(), QString("derived"));
        QCOMPARE(run({"remix", id, "--genre", "polka", "--out", asJazz}).status, 2);
        QCOMPARE(run({"remix", song, "--genre", "jazz", "--out", asJazz}).status, 2);
        // A recording, with --keep-audio, is approximated: towards the genre's tempo and
        // sound, with its drums on the detected beats, as two stems.
        const auto imported = run({"import", song});
        QVERIFY2(imported.status == 0, qPrintable(imported.output));
        const QString importedId = QString::number(QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8())
                                                       .array()
                                                       .last()
                                                       .toObject()["id"]
                                                       .toInteger());
        const auto approximated =
            run({"remix", importedId, "--genre", "drum and bass", "--keep-audio", "--out", asJazz});
        QVERIFY2(approximated.status == 0, qPrintable(approximated.output));
        const auto afterApproximation = QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8()).array();
        const auto made = afterApproximation.last().toObject();
        QCOMPARE(made["genre"].toString(), QString("drum and bass"));
        QVERIFY2(made["tempo"].toDouble() >= 160, qPrintable(QString::number(made["tempo"].toDouble())));
        qsizetype covers = 0;
#ifdef CADENZA_WITH_TORCH
        // Without it, the recording is covered: its melody, chords and form played by the
        // genre's band at its own tempo, a composed track with MIDI.
        const auto covered = run({"remix", importedId, "--genre", "bossa nova", "--out", asJazz});
        QVERIFY2(covered.status == 0, qPrintable(covered.output));
        const auto cover = QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8()).array().last().toObject();
        QCOMPARE(cover["genre"].toString(), QString("bossa nova"));
        const QString coverFolder = QDir(dataDir_.path()).filePath(QString("tracks/%1").arg(cover["id"].toInteger()));
        QVERIFY2(QFile::exists(QDir(coverFolder).filePath("song.mid")), qPrintable(coverFolder));
        QVERIFY(QFile::exists(QDir(coverFolder).filePath("score.json")));
        covers = 1;
#endif

        // Separation writes four stems and a derived track that holds them.
        const QString stemsDir = QDir(out.path()).filePath("separated");
        const auto separated = run({"separate", id, "--out", stemsDir});
        QVERIFY2(separated.status == 0, qPrintable(separated.output));
        for (const char* stem : {"vocals.wav", "drums.wav", "bass.wav", "other.wav"})
            QVERIFY(QFile::exists(QDir(stemsDir).filePath(stem)));
        QCOMPARE(QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8()).array().size(),
                 after.size() + 4 + covers);
        QCOMPARE(run({"separate", song, "--out", QDir(out.path()).filePath("from-file")}).status, 0);

        // Refusals name the field and change nothing.
        const auto tooFast = run({"remix", id, "--tempo", "3", "--out", remixed});
        QCOMPARE(tooFast.status, 2);
        QVERIFY(tooFast.output.contains("tempo"));
        QCOMPARE(run({"analyze", "99999"}).status, 2);
        QTemporaryDir files;
        const QString garbage = files.filePath("noise.mp3");
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(4096, 'z'));
        g.close();
        QCOMPARE(run({"analyze", garbage}).status, 2);
        QCOMPARE(QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8()).array().size(),
                 after.size() + 4 + covers);
    }

    void editVersionsAndSounds() {
        QTemporaryDir out;
        QVERIFY(run({"generate", "folk song", "--duration", "15", "--seed", "2", "--out", out.path()}).status == 0);
        const auto tracks = QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8()).array();
        const QString id = QString::number(tracks.last().toObject()["id"].toInteger());
        const auto countTracks = [&] {
            return QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8()).array().size();
        };
        const auto before = countTracks();
        // Refusals: status 2, the field named, nothing added.
        const QList<QPair<QStringList, QString>> refused = {
            {{"edit", id, "--regenerate", "99"}, "section"},
            {{"edit", id, "--remove", "99"}, "section"},
            {{"edit", id, "--sound", "lead=no-such-sound"}, "sound"},
            {{"edit", id, "--sound", "lead=tr808-kit"}, "cannot play"},
            {{"edit", id, "--extend", "interlude"}, "kind"},
            {{"edit", id, "--tempo", "999"}, "40 to 240"},
            {{"edit", id, "--key", "H minor"}, "key"},
            {{"edit", id, "--regenerate", "1", "--parts", "vocals"}, "parts"},
            {{"edit", id, "--tempo", "100", "--key", "E minor"}, "one operation"},
            {{"edit", "424242", "--tempo", "100"}, "no track"},
        };
        for (const auto& [args, mentions] : refused) {
            const auto r = run(args);
            QVERIFY2(r.status == 2 && r.output.contains(mentions), qPrintable(args.join(' ') + ": " + r.output));
        }
        QCOMPARE(countTracks(), before);
        // An edit prints the new version and writes its folder.
        const QString version = QDir(out.path()).filePath("v2");
        const auto edited = run({"edit", id, "--regenerate", "1", "--seed", "5", "--out", version});
        QVERIFY2(edited.status == 0, qPrintable(edited.output));
        QVERIFY(edited.output.contains("a version of track " + id));
        QVERIFY(QFile::exists(QDir(version).filePath("song.wav")) &&
                QFile::exists(QDir(version).filePath("score.json")));
        const auto listed = QJsonDocument::fromJson(run({"versions", id, "--json"}).output.toUtf8()).array();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[1].toObject()["parent"].toInteger(), id.toLongLong());
        QCOMPARE(listed[1].toObject()["operation"].toString(), QString("edit"));
        QCOMPARE(listed[1].toObject()["parameters"].toObject()["seed"].toInteger(), 5);
        // A recording cannot be edited.
        const auto imported = run({"import", QDir(out.path()).filePath("song.wav")});
        QCOMPARE(imported.status, 0);
        const auto all = QJsonDocument::fromJson(run({"list", "--json"}).output.toUtf8()).array();
        const QString recording = QString::number(all.last().toObject()["id"].toInteger());
        const auto refusedRecording = run({"edit", recording, "--tempo", "100"});
        QCOMPARE(refusedRecording.status, 2);
        QVERIFY2(refusedRecording.output.contains("composed"), qPrintable(refusedRecording.output));
        // The palette, by role.
        const auto sounds =
            QJsonDocument::fromJson(run({"sounds", "--role", "drums", "--json"}).output.toUtf8()).array();
        QVERIFY(sounds.size() >= 5);
        for (const auto& sound : sounds)
            QVERIFY(sound.toObject()["roles"].toArray().contains(QJsonValue("drums")) &&
                    !sound.toObject()["licence"].toString().isEmpty());
        QCOMPARE(run({"sounds", "--role", "vocals"}).status, 2);
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty prompt") << QStringList{"generate", "  ", "--out", "/tmp/x"} << "prompt";
        QTest::newRow("short") << QStringList{"generate", "pop", "--duration", "2", "--out", "/tmp/x"} << "5";
        QTest::newRow("long") << QStringList{"generate", "pop", "--duration", "900", "--out", "/tmp/x"} << "600";
        QTest::newRow("tempo") << QStringList{"generate", "pop", "--tempo", "999", "--out", "/tmp/x"} << "240";
        QTest::newRow("key") << QStringList{"generate", "pop", "--key", "H minor", "--out", "/tmp/x"} << "key";
        QTest::newRow("meter") << QStringList{"generate", "pop", "--meter", "7/8", "--out", "/tmp/x"} << "meter";
        QTest::newRow("genre") << QStringList{"generate", "pop", "--genre", "polka", "--out", "/tmp/x"} << "genre";
        QTest::newRow("not a number") << QStringList{"generate", "pop", "--duration", "long", "--out", "/tmp/x"}
                                      << "duration";
        QTest::newRow("no out") << QStringList{"generate", "pop"} << "out";
    }
    // The models: shipped ones installed, missing kinds with where to get them, a truncated
    // download found as damaged (naming its file) and refused on --add, a whole one added.
    void modelsAreListedCheckedAndAdded() {
        const auto listed = [&] {
            std::map<std::string, QJsonObject> rows;
            for (const auto& row : QJsonDocument::fromJson(run({"models", "--json"}).output.toUtf8()).array())
                rows[row.toObject()["name"].toString().toStdString()] = row.toObject();
            return rows;
        };
        auto rows = listed();
        QCOMPARE(rows["basic-pitch"]["state"].toString(), QString("installed"));
        QVERIFY(rows["basic-pitch"]["shipped"].toBool());
        QVERIFY(rows["basic-pitch"]["megabytes"].toDouble() > 0.5);
        QCOMPARE(rows["musicgen"]["state"].toString(), QString("not installed"));
        QVERIFY(rows["musicgen"]["source"].toString().contains("facebook/musicgen-small"));

        QTemporaryDir elsewhere;
        const std::filesystem::path whole = std::filesystem::path(elsewhere.path().toStdString()) / "musicgen-tiny";
        std::filesystem::copy(std::filesystem::path(CADENZA_TEST_DATA) / "musicgen/musicgen-tiny", whole,
                              std::filesystem::copy_options::recursive);
        const auto cut = std::filesystem::path(elsewhere.path().toStdString()) / "musicgen-cut";
        std::filesystem::copy(whole, cut, std::filesystem::copy_options::recursive);
        std::filesystem::resize_file(cut / "model.safetensors",
                                     std::filesystem::file_size(cut / "model.safetensors") / 2);
        const auto refused = run({"models", "--add", QString::fromStdString(cut.string())});
        QCOMPARE(refused.status, 2);
        QVERIFY2(refused.output.contains("damaged") && refused.output.contains("model.safetensors is truncated"),
                 qPrintable(refused.output));
        QCOMPARE(run({"models", "--add", elsewhere.path()}).status, 2); // holds no model itself

        const auto added = run({"models", "--add", QString::fromStdString(whole.string())});
        QVERIFY2(added.status == 0, qPrintable(added.output));
        rows = listed();
        QCOMPARE(rows["musicgen-tiny"]["state"].toString(), QString("installed"));
        QCOMPARE(rows["musicgen-tiny"]["kind"].toString(), QString("musicgen"));
        QVERIFY(!rows.contains("musicgen")); // the kind is provided now
        QCOMPARE(run({"models", "--add", QString::fromStdString(whole.string())}).status, 2); // the name is taken

        // Damaged in place (a download cut short): listed as such, and not used.
        const auto installed = std::filesystem::path(dataDir_.path().toStdString()) / "models" / "musicgen-tiny";
        std::filesystem::resize_file(installed / "model.safetensors", 1000);
        rows = listed();
        QCOMPARE(rows["musicgen-tiny"]["state"].toString(), QString("damaged"));
        QVERIFY(rows["musicgen-tiny"]["problem"].toString().contains("model.safetensors"));
        QCOMPARE(rows["musicgen"]["state"].toString(), QString("not installed"));
        std::filesystem::remove_all(installed);

        // Demucs' published checkpoints: a .th file added as a folder of its own, listed as
        // HTDemucs; one cut short is damaged, naming the file.
        QCOMPARE(rows["htdemucs"]["state"].toString(), QString("not installed"));
        QVERIFY(rows["htdemucs"]["source"].toString().contains("955717e8-8726e21a.th"));
        const auto checkpoint = std::filesystem::path(elsewhere.path().toStdString()) / "955717e8-8726e21a.th";
        std::filesystem::copy_file(std::filesystem::path(CADENZA_TEST_DATA) / "htdemucs/model.th", checkpoint);
        QCOMPARE(run({"models", "--add", QString::fromStdString(checkpoint.string())}).status, 0);
        rows = listed();
        QCOMPARE(rows["955717e8-8726e21a"]["state"].toString(), QString("installed"));
        QCOMPARE(rows["955717e8-8726e21a"]["kind"].toString(), QString("htdemucs"));
        const auto demucs = installed.parent_path() / "955717e8-8726e21a" / "955717e8-8726e21a.th";
        std::filesystem::resize_file(demucs, std::filesystem::file_size(demucs) - 10);
        rows = listed();
        QCOMPARE(rows["955717e8-8726e21a"]["state"].toString(), QString("damaged"));
        QVERIFY(rows["955717e8-8726e21a"]["problem"].toString().contains("955717e8-8726e21a.th is truncated"));
        std::filesystem::remove_all(demucs.parent_path());
    }

    void refusals() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto r = run(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.output.contains(mentions), qPrintable(r.output));
        QVERIFY(!std::filesystem::exists("/tmp/x/song.wav"));
    }

    void interruptCancelsTheJob() {
        QTemporaryDir dir;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        startCli(p, {"generate", "dark techno", "--duration", "300", "--out", dir.path()});
        QVERIFY(p.waitForStarted());
        QTest::qWait(600);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(QString::fromUtf8(p.readAll()).contains("cancelled"));
        QVERIFY(!QFile::exists(dir.filePath("song.wav")));
        const auto jobs = QJsonDocument::fromJson(run({"jobs", "--json"}).output.toUtf8()).array();
        QCOMPARE(jobs.last().toObject()["status"].toString(), QString("cancelled"));
    }

    // Killed at the worst moment: every file of the song written (under its temporary name
    // in --out) and none renamed yet. Nothing is left at a final path, and the history is
    // sound. The process is held there by the commit hook of OutputTransaction.h.
    void killedBeforeTheRenameLeavesNoSong() {
        QTemporaryDir dir;
        const QString out = dir.filePath("out");
        const QByteArray fifo = QFile::encodeName(dir.filePath("commit.fifo"));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        QProcess p;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CADENZA_DATA_DIR", dataDir_.path());
        environment.insert("CADENZA_TEST_COMMIT_FIFO", QString::fromLocal8Bit(fifo));
        environment.insert("CADENZA_TEST_COMMIT_IN", out);
        p.setProcessEnvironment(environment);
        p.start(CADENZA_CLI, {"generate", "epic cinematic trailer", "--duration", "20", "--seed", "1", "--out", out});
        QVERIFY(p.waitForStarted());
        // The commit of the files for --out waits at the FIFO: its reader opens it then.
        int writer = -1;
        for (int wait = 0; wait < 1200 && writer < 0; ++wait) {
            writer = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK);
            if (writer < 0)
                QTest::qWait(50);
        }
        QVERIFY2(writer >= 0, "the run never reached the commit into --out");
        const auto staged = QDir(out).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(staged.contains(".song.wav.part-" + QString::number(p.processId())), qPrintable(staged.join(' ')));
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished();
        ::close(writer);
        // Only files under temporary names: none at a final path.
        QStringList finals;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(out.toStdString()))
            if (entry.is_regular_file() && entry.path().filename().string().find(".part-") == std::string::npos)
                finals << QString::fromStdString(entry.path().string());
        QVERIFY2(finals.isEmpty(), qPrintable(finals.join(' ')));
        // The history (which holds the finished song: the copy into --out comes after the job)
        // agrees with its files.
        const auto checked = run({"check"});
        QVERIFY2(checked.status == 0, qPrintable(checked.output));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "test_cli.moc"

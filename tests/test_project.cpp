// SPDX-License-Identifier: GPL-3.0-or-later
// The project history with the real SQLite database: its configuration and migrations,
// tracks added together with their files, lineage, jobs, and what a crash leaves behind,
// including a real generation killed with SIGKILL.

#include "project/ProjectDatabase.h"
#include "project/SongVersions.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <fstream>

using namespace cadenza;

namespace {

std::filesystem::path stagedSong(const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder / "stems");
    std::ofstream(folder / "song.wav") << "RIFF";
    std::ofstream(folder / "stems" / "drums.wav") << "RIFF";
    return folder;
}

std::string pragma(const std::filesystem::path& db, const std::string& name) {
    SqliteConnection connection(db);
    auto row = connection.prepare("PRAGMA " + name);
    row.step();
    return row.text(0);
}

} // namespace

class ProjectTest : public QObject {
    Q_OBJECT

  private slots:
    void freshDatabaseIsConfigured() {
        QTemporaryDir dir;
        const ProjectDatabase db(dir.path().toStdString());
        const auto file = std::filesystem::path(dir.path().toStdString()) / "cadenza.db";
        QCOMPARE(pragma(file, "journal_mode"), std::string("wal"));
        QCOMPARE(pragma(file, "user_version"), std::to_string(ProjectDatabase::kSchemaVersion));
        QCOMPARE(pragma(file, "application_id"), std::to_string(0x43444E5A));
        QCOMPARE(db.integrityCheck(), std::string("ok"));
    }

    void reopeningKeepsEverything() {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        std::int64_t id = 0;
        {
            ProjectDatabase db(root);
            id = db.addTrack({.title = "first"}, stagedSong(root / "incoming"), {"drums"});
            db.setSetting("audio.device", "default");
        }
        const ProjectDatabase again(root);
        QCOMPARE(again.tracks().size(), std::size_t{1});
        QCOMPARE(again.track(id)->title, std::string("first"));
        QCOMPARE(again.setting("audio.device").value_or(""), std::string("default"));
    }

    void schemaThreeKeepsItsPromptsAsTitles() {
        // A history of schema 3 named generated songs by their prompts; schema 4 keeps the
        // prompt apart, and the upgrade takes it from those titles.
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        std::int64_t generated = 0;
        std::int64_t imported = 0;
        {
            ProjectDatabase db(root);
            generated = db.addTrack({.title = "rainy night piano"}, stagedSong(root / "a"), {});
            imported = db.addTrack({.title = "demo.wav", .source = TrackSource::Imported}, stagedSong(root / "b"), {});
        }
        SqliteConnection(root / "cadenza.db").exec("ALTER TABLE tracks DROP COLUMN prompt; PRAGMA user_version = 3");
        ProjectDatabase db(root);
        QCOMPARE(db.track(generated)->prompt, std::string("rainy night piano"));
        QCOMPARE(db.track(imported)->prompt, std::string());
        const auto named =
            db.addTrack({.title = "Rainy Night", .prompt = "rainy night lo-fi"}, stagedSong(root / "c"), {});
        QCOMPARE(ProjectDatabase(root).track(named)->prompt, std::string("rainy night lo-fi"));
    }

    void songsGroupTheirTakesAndVersions() {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        ProjectDatabase db(root);
        int staged = 0;
        const auto add = [&](TrackRecord record, std::vector<LineageLink> parents = {}) {
            return db.addTrack(record, stagedSong(root / ("s" + std::to_string(staged++))), {}, parents);
        };
        const auto group = db.newTakeGroup();
        const auto take1 = add({.title = "take 1", .takeGroup = group});
        const auto take2 = add({.title = "take 2", .takeGroup = group});
        const auto edited = add({.title = "take 2 edited", .source = TrackSource::Derived}, {{take2, "edit", "{}"}});
        const auto remixed = add({.title = "remix", .source = TrackSource::Derived}, {{edited, "remix", "{}"}});
        const auto imported = add({.title = "demo", .source = TrackSource::Imported});
        const auto stems =
            add({.title = "demo (stems)", .source = TrackSource::Derived}, {{imported, "separate", "{}"}});
        const auto other = add({.title = "other"});
        const auto orphan = add({.title = "orphan", .source = TrackSource::Derived}, {{other, "remix", "{}"}});
        db.deleteTrack(other);

        const auto groups = songGroups(db);
        QCOMPARE(groups.size(), std::size_t{7});
        for (const auto id : {take1, take2, edited, remixed})
            QCOMPARE(groups.at(id), take1);
        QCOMPARE(groups.at(imported), imported);
        QCOMPARE(groups.at(stems), imported);
        QCOMPARE(groups.at(orphan), orphan); // its song is gone: it starts its own
    }

    void newerSchemaIsRefused() {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        { ProjectDatabase db(root); }
        SqliteConnection(root / "cadenza.db").exec("PRAGMA user_version = 99");
        try {
            ProjectDatabase db(root);
            QFAIL("opened a database from a newer Cadenza");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).find("newer") != std::string::npos, e.what());
        }
    }

    void trackFilesMoveInWithTheRow() {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        ProjectDatabase db(root);
        const auto staged = stagedSong(root / "incoming");
        const auto id = db.addTrack({.title = "song", .genre = "jazz", .tempo = 120}, staged, {"drums"});
        QVERIFY(!std::filesystem::exists(staged));
        QVERIFY(std::filesystem::exists(db.trackFolder(id) / "song.wav"));
        QCOMPARE(db.trackFolder(id).filename().string(), std::to_string(id));
        QCOMPARE(db.stems(id), std::vector<std::string>{"drums"});
        QCOMPARE(db.track(id)->genre, std::string("jazz"));
    }

    void lineageRecordsWhereATrackCameFrom() {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        ProjectDatabase db(root);
        const auto parent = db.addTrack({.title = "original"}, stagedSong(root / "a"), {});
        const auto child = db.addTrack({.title = "faster", .source = TrackSource::Derived}, stagedSong(root / "b"), {},
                                       {{parent, "tempo", R"({"ratio":1.1})"}});
        const auto links = db.parents(child);
        QCOMPARE(links.size(), std::size_t{1});
        QCOMPARE(links.front().track, parent);
        QCOMPARE(links.front().operation, std::string("tempo"));
        QVERIFY(db.parents(parent).empty());
    }

    void renameFavouriteTagsAndDelete() {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        ProjectDatabase db(root);
        const auto parent = db.addTrack({.title = "original"}, stagedSong(root / "a"), {"drums"});
        const auto child = db.addTrack({.title = "faster", .source = TrackSource::Derived}, stagedSong(root / "b"), {},
                                       {{parent, "tempo", "{}"}});
        db.renameTrack(parent, "Rainy night");
        db.setFavourite(parent, true);
        db.setTags(parent, {"chill", "demo", "chill"});
        QCOMPARE(db.track(parent)->title, std::string("Rainy night"));
        QVERIFY(db.track(parent)->favourite);
        QCOMPARE(db.tags(parent), (std::vector<std::string>{"chill", "demo"}));
        QCOMPARE(db.children(parent).size(), std::size_t{1});
        QCOMPARE(db.children(parent).front().track, child);

        db.deleteTrack(parent);
        QVERIFY(!db.track(parent));
        QVERIFY(!std::filesystem::exists(db.trackFolder(parent)));
        QVERIFY(db.stems(parent).empty());
        QVERIFY(db.tags(parent).empty());
        QVERIFY(db.track(child)); // what was made from it stays
        QVERIFY(db.parents(child).empty());
        QCOMPARE(db.integrityCheck(), std::string("ok"));
    }

    void aFailedAddChangesNothing() {
        // A lineage link to a track that does not exist violates a foreign key: the row,
        // its stems and the folder move are all undone.
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        ProjectDatabase db(root);
        const auto staged = stagedSong(root / "incoming");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 db.addTrack({.title = "x"}, staged, {"drums"}, {{999, "tempo", ""}}));
        QVERIFY(db.tracks().empty());
        QVERIFY(std::filesystem::exists(staged / "song.wav"));
        QVERIFY(std::filesystem::is_empty(root / "tracks"));
    }

    void jobLifecycle() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        const auto job = db.addJob(JobKind::Generate, "a song", R"({"prompt":"a song"})");
        QCOMPARE(db.job(job)->status, JobStatus::Queued);
        db.startJob(job);
        db.updateJob(job, "render", 0.5);
        QCOMPARE(db.job(job)->status, JobStatus::Running);
        QCOMPARE(db.job(job)->stage, std::string("render"));
        QCOMPARE(db.job(job)->progress, 0.5);
        db.failJob(job, "the SoundFont is missing");
        QCOMPARE(db.job(job)->status, JobStatus::Failed);
        QCOMPARE(db.job(job)->error, std::string("the SoundFont is missing"));
        const auto other = db.addJob(JobKind::Generate, "another", "");
        db.startJob(other);
        db.cancelJob(other);
        QCOMPARE(db.job(other)->status, JobStatus::Cancelled);
    }

    void runningJobsOfThisProcessSurviveReopening() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        const auto job = db.addJob(JobKind::Generate, "a song", "");
        db.startJob(job);
        const ProjectDatabase second(dir.path().toStdString()); // the same, living process owns it
        QCOMPARE(second.job(job)->status, JobStatus::Running);
    }

    void leftoversOfACrashAreRemoved() {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        { ProjectDatabase db(root); }
        // A folder renamed into place whose row never committed, and a staging folder of a
        // job that is not running.
        stagedSong(root / "tracks" / "42");
        stagedSong(root / "staging" / "7");
        const ProjectDatabase db(root);
        QVERIFY(!std::filesystem::exists(root / "tracks" / "42"));
        QVERIFY(!std::filesystem::exists(root / "staging" / "7"));
    }

    void killedGenerationShowsAsInterrupted() {
        QTemporaryDir dir;
        QTemporaryDir out;
        const std::filesystem::path root = dir.path().toStdString();
        QProcess child;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CADENZA_DATA_DIR", dir.path());
        child.setProcessEnvironment(environment);
        child.start(CADENZA_CLI, {"generate", "epic cinematic trailer", "--duration", "60", "--out", out.path()});
        QVERIFY(child.waitForStarted());
        // Wait until the job is rendering, then kill the process where it stands.
        bool rendering = false;
        for (int i = 0; i < 200 && !rendering; ++i) {
            QTest::qWait(50);
            if (!std::filesystem::exists(root / "cadenza.db"))
                continue;
            const ProjectDatabase db(root);
            const auto jobs = db.jobs();
            rendering = !jobs.empty() && jobs.front().stage == "render";
        }
        QVERIFY2(rendering, "the generation never reached the render stage");
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        child.waitForFinished();

        const ProjectDatabase db(root);
        QCOMPARE(db.jobs().size(), std::size_t{1});
        QCOMPARE(db.jobs().front().status, JobStatus::Interrupted);
        QVERIFY(!db.jobs().front().error.empty());
        QCOMPARE(db.integrityCheck(), std::string("ok"));
        QVERIFY(db.tracks().empty());
        QVERIFY(std::filesystem::is_empty(root / "staging"));
        QVERIFY(!QFile::exists(QDir(out.path()).filePath("song.wav")));

        // Retry runs it again from its recorded parameters.
        QProcess retry;
        retry.setProcessEnvironment(environment);
        retry.start(CADENZA_CLI, {"retry", QString::number(db.jobs().front().id)});
        QVERIFY(retry.waitForFinished(60000));
        QCOMPARE(retry.exitCode(), 0);
        const ProjectDatabase after(root);
        QCOMPARE(after.jobs().front().status, JobStatus::Finished);
        QCOMPARE(after.tracks().size(), std::size_t{1});
        QVERIFY(std::filesystem::exists(after.trackFolder(after.tracks().front().id) / "song.wav"));
    }
};

QTEST_GUILESS_MAIN(ProjectTest)
#include "test_project.moc"

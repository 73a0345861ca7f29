#include "project/ProjectDatabase.h"

#include <array>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace cadenza {
namespace {

constexpr std::int64_t kApplicationId = 0x43444E5A; // "CDNZ"
constexpr const char* kNow = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

// Each entry upgrades the schema by one version; never edit one that has shipped.
const std::array<const char*, 2> kMigrations = {
    R"sql(
    CREATE TABLE tracks (
        id       INTEGER PRIMARY KEY,
        title    TEXT NOT NULL,
        source   TEXT NOT NULL CHECK (source IN ('generated', 'imported', 'derived')),
        genre    TEXT, mood TEXT, tempo REAL, key TEXT, meter TEXT, duration REAL,
        seed     INTEGER, engine TEXT,
        favourite INTEGER NOT NULL DEFAULT 0,
        created  TEXT NOT NULL);
    CREATE TABLE stems (
        track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        name     TEXT NOT NULL,
        PRIMARY KEY (track_id, name));
    CREATE TABLE lineage (
        child_id   INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        parent_id  INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        operation  TEXT NOT NULL,
        parameters TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (child_id, parent_id));
    CREATE TABLE tags (
        track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        tag      TEXT NOT NULL,
        PRIMARY KEY (track_id, tag));
    CREATE TABLE analyses (
        track_id INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
        analysis TEXT NOT NULL,
        created  TEXT NOT NULL);
    CREATE TABLE jobs (
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL,
        title        TEXT NOT NULL,
        parameters   TEXT NOT NULL DEFAULT '{}',
        status       TEXT NOT NULL CHECK (status IN ('queued', 'running', 'finished', 'failed', 'cancelled', 'interrupted')),
        stage        TEXT NOT NULL DEFAULT '',
        progress     REAL NOT NULL DEFAULT 0,
        error        TEXT NOT NULL DEFAULT '',
        result_track INTEGER REFERENCES tracks(id) ON DELETE SET NULL,
        owner_pid    INTEGER,
        owner_start  INTEGER,
        created      TEXT NOT NULL,
        started      TEXT,
        ended        TEXT);
    CREATE INDEX jobs_by_status ON jobs(status);
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL);
    )sql",
    // 2: covers can be regenerated; takes of one prompt are grouped.
    R"sql(
    ALTER TABLE tracks ADD COLUMN cover_variant INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE tracks ADD COLUMN take_group INTEGER;
    )sql",
};

// A process is identified by its pid and its start time (field 22 of /proc/PID/stat), so
// a pid the system reused for another program does not count as the job's owner.
std::optional<std::int64_t> processStartTime(std::int64_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line))
        return std::nullopt;
    const auto close = line.rfind(')'); // the command name may contain spaces
    if (close == std::string::npos)
        return std::nullopt;
    std::istringstream fields(line.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i)
        if (i == 22)
            return std::stoll(field);
    return std::nullopt;
}

bool processAlive(std::int64_t pid, std::int64_t startTime) {
    const auto actual = processStartTime(pid);
    return actual && *actual == startTime;
}

JobStatus parseStatus(const std::string& name) {
    for (const auto s : {JobStatus::Queued, JobStatus::Running, JobStatus::Finished, JobStatus::Failed,
                         JobStatus::Cancelled, JobStatus::Interrupted})
        if (name == jobStatusName(s))
            return s;
    throw std::runtime_error("project database: unknown job status '" + name + "'");
}

bool isNumber(const std::string& text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

} // namespace

const char* jobStatusName(JobStatus status) {
    switch (status) {
    case JobStatus::Queued:
        return "queued";
    case JobStatus::Running:
        return "running";
    case JobStatus::Finished:
        return "finished";
    case JobStatus::Failed:
        return "failed";
    case JobStatus::Cancelled:
        return "cancelled";
    case JobStatus::Interrupted:
        return "interrupted";
    }
    return "queued";
}

std::filesystem::path defaultDataDirectory() {
    if (const char* dir = std::getenv("CADENZA_DATA_DIR"); dir && *dir)
        return dir;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "Cadenza";
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "Cadenza";
}

ProjectDatabase::ProjectDatabase(std::filesystem::path dataDirectory)
    : dataDirectory_((std::filesystem::create_directories(dataDirectory), std::move(dataDirectory))),
      db_(dataDirectory_ / "cadenza.db") {
    db_.exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
    std::filesystem::create_directories(dataDirectory_ / "tracks");
    std::filesystem::create_directories(dataDirectory_ / "staging");
    migrate();
    recoverFromCrash();
}

void ProjectDatabase::migrate() {
    WriteTransaction transaction(db_);
    auto query = db_.prepare("PRAGMA application_id");
    query.step();
    const std::int64_t applicationId = query.integer(0);
    auto versionQuery = db_.prepare("PRAGMA user_version");
    versionQuery.step();
    const auto version = static_cast<int>(versionQuery.integer(0));
    if (applicationId != 0 && applicationId != kApplicationId)
        throw std::runtime_error("project database " + (dataDirectory_ / "cadenza.db").string() +
                                 " belongs to another program");
    if (version > kSchemaVersion)
        throw std::runtime_error("project database " + (dataDirectory_ / "cadenza.db").string() + " has schema " +
                                 std::to_string(version) + ", newer than this Cadenza understands (" +
                                 std::to_string(kSchemaVersion) + "): update Cadenza");
    for (int v = version; v < kSchemaVersion; ++v)
        db_.exec(kMigrations[static_cast<std::size_t>(v)]);
    db_.exec("PRAGMA application_id = " + std::to_string(kApplicationId) +
             "; PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";");
    transaction.commit();
}

void ProjectDatabase::recoverFromCrash() {
    // Under the write lock: no other process is between renaming a track folder into place
    // and committing its row while we look for leftovers.
    WriteTransaction transaction(db_);
    std::set<std::int64_t> runningJobs;
    {
        auto running = db_.prepare("SELECT id, owner_pid, owner_start FROM jobs WHERE status = 'running'");
        std::vector<std::int64_t> orphaned;
        while (running.step()) {
            if (running.isNull(1) || !processAlive(running.integer(1), running.integer(2)))
                orphaned.push_back(running.integer(0));
            else
                runningJobs.insert(running.integer(0));
        }
        for (const auto id : orphaned)
            db_.prepare(std::string("UPDATE jobs SET status = 'interrupted', ended = ") + kNow +
                        ", error = 'The program stopped while this job was running.' WHERE id = ?1")
                .bind(1, id)
                .run();
    }
    std::set<std::int64_t> trackIds;
    auto ids = db_.prepare("SELECT id FROM tracks");
    while (ids.step())
        trackIds.insert(ids.integer(0));
    for (const auto& entry : std::filesystem::directory_iterator(dataDirectory_ / "tracks")) {
        const auto name = entry.path().filename().string();
        if (!isNumber(name) || !trackIds.count(std::stoll(name)))
            std::filesystem::remove_all(entry.path());
    }
    for (const auto& entry : std::filesystem::directory_iterator(dataDirectory_ / "staging")) {
        const auto name = entry.path().filename().string();
        if (!isNumber(name) || !runningJobs.count(std::stoll(name)))
            std::filesystem::remove_all(entry.path());
    }
    transaction.commit();
}

std::filesystem::path ProjectDatabase::trackFolder(std::int64_t trackId) const {
    return dataDirectory_ / "tracks" / std::to_string(trackId);
}

std::filesystem::path ProjectDatabase::stagingFolder(std::int64_t jobId) const {
    return dataDirectory_ / "staging" / std::to_string(jobId);
}

std::int64_t ProjectDatabase::addTrack(const TrackRecord& track, const std::filesystem::path& stagedFolder,
                                       const std::vector<std::string>& stems, const std::vector<LineageLink>& parents) {
    WriteTransaction transaction(db_);
    db_.prepare(
           std::string("INSERT INTO tracks (title, source, genre, mood, tempo, key, meter, duration, seed, engine, "
                       "take_group, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ") +
           kNow + ")")
        .bind(1, track.title)
        .bind(2, track.source)
        .bind(3, track.genre)
        .bind(4, track.mood)
        .bind(5, track.tempo)
        .bind(6, track.key)
        .bind(7, track.meter)
        .bind(8, track.duration)
        .bind(9, track.seed)
        .bind(10, track.engine)
        .bind(11, track.takeGroup)
        .run();
    const std::int64_t id = db_.lastInsertId();
    for (const auto& stem : stems)
        db_.prepare("INSERT INTO stems (track_id, name) VALUES (?1, ?2)").bind(1, id).bind(2, stem).run();
    for (const auto& link : parents)
        db_.prepare("INSERT INTO lineage (child_id, parent_id, operation, parameters) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, id)
            .bind(2, link.track)
            .bind(3, link.operation)
            .bind(4, link.parameters.empty() ? std::string("{}") : link.parameters)
            .run();
    // The files move into place inside the transaction: if the rename fails, the row is
    // rolled back; if the process dies between the two, the next start removes the folder.
    std::filesystem::rename(stagedFolder, trackFolder(id));
    transaction.commit();
    return id;
}

namespace {

TrackRecord readTrack(const SqliteStatement& row) {
    TrackRecord t;
    t.id = row.integer(0);
    t.title = row.text(1);
    t.source = row.text(2);
    t.genre = row.text(3);
    t.mood = row.text(4);
    t.tempo = row.real(5);
    t.key = row.text(6);
    t.meter = row.text(7);
    t.duration = row.real(8);
    if (!row.isNull(9))
        t.seed = row.integer(9);
    t.engine = row.text(10);
    t.created = row.text(11);
    t.favourite = row.integer(12) != 0;
    t.coverVariant = static_cast<int>(row.integer(13));
    if (!row.isNull(14))
        t.takeGroup = row.integer(14);
    return t;
}

constexpr const char* kTrackColumns = "SELECT id, title, source, genre, mood, tempo, key, meter, duration, seed, "
                                      "engine, created, favourite, cover_variant, "
                                      "take_group FROM tracks";

JobRecord readJob(const SqliteStatement& row) {
    JobRecord j;
    j.id = row.integer(0);
    j.kind = row.text(1);
    j.title = row.text(2);
    j.parameters = row.text(3);
    j.status = parseStatus(row.text(4));
    j.stage = row.text(5);
    j.progress = row.real(6);
    j.error = row.text(7);
    if (!row.isNull(8))
        j.resultTrack = row.integer(8);
    j.created = row.text(9);
    return j;
}

constexpr const char* kJobColumns =
    "SELECT id, kind, title, parameters, status, stage, progress, error, result_track, created FROM jobs";

} // namespace

std::vector<TrackRecord> ProjectDatabase::tracks() const {
    std::vector<TrackRecord> out;
    auto rows = db_.prepare(std::string(kTrackColumns) + " ORDER BY id");
    while (rows.step())
        out.push_back(readTrack(rows));
    return out;
}

std::optional<TrackRecord> ProjectDatabase::track(std::int64_t id) const {
    auto row = db_.prepare(std::string(kTrackColumns) + " WHERE id = ?1");
    row.bind(1, id);
    return row.step() ? std::optional<TrackRecord>(readTrack(row)) : std::nullopt;
}

std::vector<std::string> ProjectDatabase::stems(std::int64_t trackId) const {
    std::vector<std::string> out;
    auto rows = db_.prepare("SELECT name FROM stems WHERE track_id = ?1 ORDER BY rowid");
    rows.bind(1, trackId);
    while (rows.step())
        out.push_back(rows.text(0));
    return out;
}

std::vector<LineageLink> ProjectDatabase::parents(std::int64_t trackId) const {
    std::vector<LineageLink> out;
    auto rows = db_.prepare("SELECT parent_id, operation, parameters FROM lineage WHERE child_id = ?1");
    rows.bind(1, trackId);
    while (rows.step())
        out.push_back({rows.integer(0), rows.text(1), rows.text(2)});
    return out;
}

std::vector<LineageLink> ProjectDatabase::children(std::int64_t trackId) const {
    std::vector<LineageLink> out;
    auto rows = db_.prepare("SELECT child_id, operation, parameters FROM lineage WHERE parent_id = ?1");
    rows.bind(1, trackId);
    while (rows.step())
        out.push_back({rows.integer(0), rows.text(1), rows.text(2)});
    return out;
}

void ProjectDatabase::renameTrack(std::int64_t id, const std::string& title) {
    WriteTransaction transaction(db_);
    db_.prepare("UPDATE tracks SET title = ?2 WHERE id = ?1").bind(1, id).bind(2, title).run();
    transaction.commit();
}

void ProjectDatabase::setFavourite(std::int64_t id, bool favourite) {
    WriteTransaction transaction(db_);
    db_.prepare("UPDATE tracks SET favourite = ?2 WHERE id = ?1").bind(1, id).bind(2, favourite ? 1 : 0).run();
    transaction.commit();
}

void ProjectDatabase::setCoverVariant(std::int64_t id, int variant) {
    WriteTransaction transaction(db_);
    db_.prepare("UPDATE tracks SET cover_variant = ?2 WHERE id = ?1").bind(1, id).bind(2, variant).run();
    transaction.commit();
}

std::int64_t ProjectDatabase::newTakeGroup() {
    WriteTransaction transaction(db_);
    auto last = db_.prepare("SELECT value FROM settings WHERE key = 'takes.last_group'");
    const std::int64_t group = (last.step() ? std::stoll(last.text(0)) : 0) + 1;
    db_.prepare("INSERT INTO settings (key, value) VALUES ('takes.last_group', ?1) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, std::to_string(group))
        .run();
    transaction.commit();
    return group;
}

void ProjectDatabase::setTags(std::int64_t id, const std::vector<std::string>& tags) {
    WriteTransaction transaction(db_);
    db_.prepare("DELETE FROM tags WHERE track_id = ?1").bind(1, id).run();
    for (const auto& tag : tags)
        if (!tag.empty())
            db_.prepare("INSERT OR IGNORE INTO tags (track_id, tag) VALUES (?1, ?2)").bind(1, id).bind(2, tag).run();
    transaction.commit();
}

std::vector<std::string> ProjectDatabase::tags(std::int64_t id) const {
    std::vector<std::string> out;
    auto rows = db_.prepare("SELECT tag FROM tags WHERE track_id = ?1 ORDER BY tag");
    rows.bind(1, id);
    while (rows.step())
        out.push_back(rows.text(0));
    return out;
}

void ProjectDatabase::setAnalysis(std::int64_t trackId, const std::string& json) {
    WriteTransaction transaction(db_);
    db_.prepare(std::string("INSERT INTO analyses (track_id, analysis, created) VALUES (?1, ?2, ") + kNow +
                ") ON CONFLICT(track_id) DO UPDATE SET analysis = excluded.analysis, created = excluded.created")
        .bind(1, trackId)
        .bind(2, json)
        .run();
    transaction.commit();
}

std::optional<std::string> ProjectDatabase::analysis(std::int64_t trackId) const {
    auto row = db_.prepare("SELECT analysis FROM analyses WHERE track_id = ?1");
    row.bind(1, trackId);
    return row.step() ? std::optional<std::string>(row.text(0)) : std::nullopt;
}

void ProjectDatabase::deleteTrack(std::int64_t id) {
    WriteTransaction transaction(db_);
    db_.prepare("DELETE FROM tracks WHERE id = ?1").bind(1, id).run();
    transaction.commit();
    // After the commit: if the process dies before the folder goes, the next start sweeps
    // it as a folder without a track.
    std::error_code ignored;
    std::filesystem::remove_all(trackFolder(id), ignored);
}

std::int64_t ProjectDatabase::addJob(const std::string& kind, const std::string& title, const std::string& parameters) {
    WriteTransaction transaction(db_);
    db_.prepare(
           std::string("INSERT INTO jobs (kind, title, parameters, status, created) VALUES (?1, ?2, ?3, 'queued', ") +
           kNow + ")")
        .bind(1, kind)
        .bind(2, title)
        .bind(3, parameters.empty() ? std::string("{}") : parameters)
        .run();
    const auto id = db_.lastInsertId();
    transaction.commit();
    return id;
}

void ProjectDatabase::startJob(std::int64_t id) {
    const auto pid = static_cast<std::int64_t>(::getpid());
    WriteTransaction transaction(db_);
    db_.prepare(std::string("UPDATE jobs SET status = 'running', stage = '', progress = 0, error = '', owner_pid = ?2, "
                            "owner_start = ?3, started = ") +
                kNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, pid)
        .bind(3, processStartTime(pid).value_or(0))
        .run();
    transaction.commit();
}

void ProjectDatabase::updateJob(std::int64_t id, const std::string& stage, double progress) {
    WriteTransaction transaction(db_);
    db_.prepare("UPDATE jobs SET stage = ?2, progress = ?3 WHERE id = ?1")
        .bind(1, id)
        .bind(2, stage)
        .bind(3, progress)
        .run();
    transaction.commit();
}

void ProjectDatabase::endJob(std::int64_t id, JobStatus status, const std::string& error,
                             std::optional<std::int64_t> result) {
    WriteTransaction transaction(db_);
    db_.prepare(std::string("UPDATE jobs SET status = ?2, error = ?3, result_track = ?4, owner_pid = NULL, ended = ") +
                kNow + (status == JobStatus::Finished ? ", progress = 1" : "") + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, jobStatusName(status))
        .bind(3, error)
        .bind(4, result)
        .run();
    transaction.commit();
}

void ProjectDatabase::finishJob(std::int64_t id, std::optional<std::int64_t> resultTrack) {
    endJob(id, JobStatus::Finished, "", resultTrack);
}
void ProjectDatabase::failJob(std::int64_t id, const std::string& error) {
    endJob(id, JobStatus::Failed, error, std::nullopt);
}
void ProjectDatabase::cancelJob(std::int64_t id) {
    endJob(id, JobStatus::Cancelled, "", std::nullopt);
}

void ProjectDatabase::requeueJob(std::int64_t id) {
    WriteTransaction transaction(db_);
    db_.prepare("UPDATE jobs SET status = 'queued', stage = '', progress = 0, error = '', result_track = NULL, "
                "owner_pid = NULL, started = NULL, ended = NULL WHERE id = ?1 AND status IN ('failed', 'cancelled', "
                "'interrupted')")
        .bind(1, id)
        .run();
    const bool changed = db_.changes() > 0;
    transaction.commit();
    if (!changed)
        throw std::runtime_error("job " + std::to_string(id) + " cannot be retried: it has not ended in failure");
}

void ProjectDatabase::clearEndedJobs() {
    WriteTransaction transaction(db_);
    db_.exec("DELETE FROM jobs WHERE status IN ('finished', 'failed', 'cancelled', 'interrupted')");
    transaction.commit();
}

void ProjectDatabase::forgetJob(std::int64_t id) {
    WriteTransaction transaction(db_);
    db_.prepare("DELETE FROM jobs WHERE id = ?1 AND status IN ('finished', 'failed', 'cancelled', 'interrupted')")
        .bind(1, id)
        .run();
    transaction.commit();
}

std::vector<JobRecord> ProjectDatabase::jobs() const {
    std::vector<JobRecord> out;
    auto rows = db_.prepare(std::string(kJobColumns) + " ORDER BY id");
    while (rows.step())
        out.push_back(readJob(rows));
    return out;
}

std::optional<JobRecord> ProjectDatabase::job(std::int64_t id) const {
    auto row = db_.prepare(std::string(kJobColumns) + " WHERE id = ?1");
    row.bind(1, id);
    return row.step() ? std::optional<JobRecord>(readJob(row)) : std::nullopt;
}

std::optional<std::string> ProjectDatabase::setting(const std::string& key) const {
    auto row = db_.prepare("SELECT value FROM settings WHERE key = ?1");
    row.bind(1, key);
    return row.step() ? std::optional<std::string>(row.text(0)) : std::nullopt;
}

void ProjectDatabase::setSetting(const std::string& key, const std::string& value) {
    WriteTransaction transaction(db_);
    db_.prepare(
           "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
    transaction.commit();
}

std::string ProjectDatabase::integrityCheck() const {
    auto row = db_.prepare("PRAGMA integrity_check");
    std::string result;
    while (row.step())
        result += (result.empty() ? "" : "; ") + row.text(0);
    return result;
}

std::vector<std::string> ProjectDatabase::consistencyProblems() const {
    std::vector<std::string> problems;
    std::set<std::int64_t> trackIds;
    for (const auto& track : tracks()) {
        trackIds.insert(track.id);
        const auto folder = trackFolder(track.id);
        const std::string name = "track " + std::to_string(track.id);
        if (!std::filesystem::is_regular_file(folder / "song.wav"))
            problems.push_back(name + " has no song.wav");
        for (const auto& stem : stems(track.id))
            if (!std::filesystem::is_regular_file(folder / "stems" / (stem + ".wav")))
                problems.push_back(std::string(name).append(" lacks its stem ").append(stem));
        if (!std::filesystem::is_directory(folder))
            continue;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
            if (entry.path().filename().string().find(".part-") != std::string::npos)
                problems.push_back(name + " holds a half-written file, " + entry.path().filename().string());
    }
    for (const auto& entry : std::filesystem::directory_iterator(dataDirectory_ / "tracks")) {
        const auto folder = entry.path().filename().string();
        if (!isNumber(folder) || !trackIds.count(std::stoll(folder)))
            problems.push_back("tracks/" + folder + " belongs to no track");
    }
    std::set<std::int64_t> runningJobs;
    for (const auto& job : jobs()) {
        if (job.status == JobStatus::Running || job.status == JobStatus::Queued)
            runningJobs.insert(job.id);
        if (job.resultTrack && !trackIds.count(*job.resultTrack))
            problems.push_back("job " + std::to_string(job.id) + " names track " + std::to_string(*job.resultTrack) +
                               ", which is not there");
    }
    for (const auto& entry : std::filesystem::directory_iterator(dataDirectory_ / "staging")) {
        const auto folder = entry.path().filename().string();
        if (!isNumber(folder) || !runningJobs.count(std::stoll(folder)))
            problems.push_back("staging/" + folder + " belongs to no running job");
    }
    return problems;
}

} // namespace cadenza

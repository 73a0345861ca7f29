// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectDatabase.h"

#include <array>
#include <stdexcept>

namespace cadenza {
namespace {

constexpr std::int64_t kApplicationId = 0x43444E5A; // "CDNZ"

// Each entry upgrades the schema by one version; never edit one that has shipped.
const std::array<const char*, 4> kMigrations = {
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
    // 3: the notes transcribed from a track or one of its stems ('' is the whole mix).
    R"sql(
    CREATE TABLE transcriptions (
        track_id      INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        stem          TEXT NOT NULL DEFAULT '',
        transcription TEXT NOT NULL,
        created       TEXT NOT NULL,
        PRIMARY KEY (track_id, stem));
    )sql",
    // 4: a generated song keeps its prompt, as its title becomes a name made from it; the
    // titles of songs made before were their prompts.
    R"sql(
    ALTER TABLE tracks ADD COLUMN prompt TEXT NOT NULL DEFAULT '';
    UPDATE tracks SET prompt = title WHERE source = 'generated';
    )sql",
};

} // namespace

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

} // namespace cadenza

// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectDatabase.h"

#include "project/HistorySql.h"

namespace cadenza {

std::int64_t ProjectDatabase::addTrack(const TrackRecord& track, const std::filesystem::path& stagedFolder,
                                       const std::vector<std::string>& stems, const std::vector<LineageLink>& parents) {
    WriteTransaction transaction(db_);
    db_.prepare(
           std::string("INSERT INTO tracks (title, source, genre, mood, tempo, key, meter, duration, seed, engine, "
                       "take_group, prompt, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ") +
           sql::kNow + ")")
        .bind(1, track.title)
        .bind(2, trackSourceName(track.source))
        .bind(3, track.genre)
        .bind(4, track.mood)
        .bind(5, track.tempo)
        .bind(6, track.key)
        .bind(7, track.meter)
        .bind(8, track.duration)
        .bind(9, track.seed)
        .bind(10, track.engine)
        .bind(11, track.takeGroup)
        .bind(12, track.prompt)
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
    t.source = parseTrackSource(row.text(2));
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
    t.prompt = row.text(15);
    return t;
}

constexpr const char* kTrackColumns = "SELECT id, title, source, genre, mood, tempo, key, meter, duration, seed, "
                                      "engine, created, favourite, cover_variant, "
                                      "take_group, prompt FROM tracks";

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

std::vector<std::pair<std::int64_t, std::int64_t>> ProjectDatabase::lineage() const {
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    auto rows = db_.prepare("SELECT child_id, parent_id FROM lineage ORDER BY child_id, parent_id");
    while (rows.step())
        out.emplace_back(rows.integer(0), rows.integer(1));
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
    db_.prepare(std::string("INSERT INTO analyses (track_id, analysis, created) VALUES (?1, ?2, ") + sql::kNow +
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

void ProjectDatabase::setTranscription(std::int64_t trackId, const std::string& stem, const std::string& json) {
    WriteTransaction transaction(db_);
    db_.prepare(
           std::string("INSERT INTO transcriptions (track_id, stem, transcription, created) VALUES (?1, ?2, ?3, ") +
           sql::kNow +
           ") ON CONFLICT(track_id, stem) DO UPDATE SET transcription = excluded.transcription, "
           "created = excluded.created")
        .bind(1, trackId)
        .bind(2, stem)
        .bind(3, json)
        .run();
    transaction.commit();
}

std::optional<std::string> ProjectDatabase::transcription(std::int64_t trackId, const std::string& stem) const {
    auto row = db_.prepare("SELECT transcription FROM transcriptions WHERE track_id = ?1 AND stem = ?2");
    row.bind(1, trackId).bind(2, stem);
    return row.step() ? std::optional<std::string>(row.text(0)) : std::nullopt;
}

std::vector<std::string> ProjectDatabase::transcribedStems(std::int64_t trackId) const {
    auto rows = db_.prepare("SELECT stem FROM transcriptions WHERE track_id = ?1 ORDER BY stem");
    rows.bind(1, trackId);
    std::vector<std::string> stems;
    while (rows.step())
        stems.push_back(rows.text(0));
    return stems;
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

} // namespace cadenza

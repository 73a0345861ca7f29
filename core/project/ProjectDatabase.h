// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/JobRecord.h"
#include "project/Sqlite.h"
#include "project/TrackRecord.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

// The data folder: $CADENZA_DATA_DIR, else $XDG_DATA_HOME/Cadenza, else
// ~/.local/share/Cadenza.
std::filesystem::path defaultDataDirectory();

// The project history shared by the CLI and the studio: tracks with their stems and
// lineage, and jobs with their parameters and outcome. One SQLite file in WAL mode, with
// foreign keys on, a schema version with migrations, and write transactions that begin
// IMMEDIATE. A track's files live in tracks/<id>/ beside the database, never under a name
// the user typed.
//
// Opening it also repairs what a crash left behind: jobs whose owning process is gone are
// marked interrupted, and folders without a track (or staging folders without a running
// job) are removed. One instance per thread.
//
// Its parts live in files of their own: the schema and its migrations (ProjectSchema.cpp),
// crash recovery and the consistency audit (ProjectRecovery.cpp), tracks (TrackHistory.cpp),
// jobs (JobHistory.cpp) and settings (ProjectSettings.cpp).
class ProjectDatabase {
  public:
    static constexpr int kSchemaVersion = 4;

    explicit ProjectDatabase(std::filesystem::path dataDirectory);

    const std::filesystem::path& dataDirectory() const { return dataDirectory_; }
    std::filesystem::path trackFolder(std::int64_t trackId) const;
    // Where a job writes its output before the track is added.
    std::filesystem::path stagingFolder(std::int64_t jobId) const;

    // Adds a track whose files are complete in `stagedFolder` (song.wav, stems/...): the row,
    // its stems and lineage, and the folder renamed to trackFolder(id), all or nothing.
    std::int64_t addTrack(const TrackRecord& track, const std::filesystem::path& stagedFolder,
                          const std::vector<std::string>& stems, const std::vector<LineageLink>& parents = {});
    std::vector<TrackRecord> tracks() const;
    std::optional<TrackRecord> track(std::int64_t id) const;
    std::vector<std::string> stems(std::int64_t trackId) const;
    std::vector<LineageLink> parents(std::int64_t trackId) const;
    // The tracks made from this one, each with the operation that made it.
    std::vector<LineageLink> children(std::int64_t trackId) const;
    // Every link of lineage in the history, as (child, parent).
    std::vector<std::pair<std::int64_t, std::int64_t>> lineage() const;
    void renameTrack(std::int64_t id, const std::string& title);
    void setFavourite(std::int64_t id, bool favourite);
    void setCoverVariant(std::int64_t id, int variant);
    // A new group for the takes of one prompt, never handed out before.
    std::int64_t newTakeGroup();
    void setTags(std::int64_t id, const std::vector<std::string>& tags);
    std::vector<std::string> tags(std::int64_t id) const;
    // A track's analysis (analysisToJson's text), replaced by each new one.
    void setAnalysis(std::int64_t trackId, const std::string& json);
    std::optional<std::string> analysis(std::int64_t trackId) const;
    // The notes transcribed from a track's mix (stem "") or one of its stems
    // (transcriptionToJson's text), replaced by each new one.
    void setTranscription(std::int64_t trackId, const std::string& stem, const std::string& json);
    std::optional<std::string> transcription(std::int64_t trackId, const std::string& stem) const;
    // The stems transcribed so far ("" for the mix), in name order.
    std::vector<std::string> transcribedStems(std::int64_t trackId) const;
    // Removes the track, its stems, tags, analysis, transcriptions and lineage links, then its files. Tracks
    // made from it stay (their lineage link to it goes); jobs that made it keep their record.
    void deleteTrack(std::int64_t id);

    std::int64_t addJob(JobKind kind, const std::string& title, const std::string& parameters);
    // Marks the job running and owned by this process (its pid and start time).
    void startJob(std::int64_t id);
    void updateJob(std::int64_t id, const std::string& stage, double progress);
    void finishJob(std::int64_t id, std::optional<std::int64_t> resultTrack);
    void failJob(std::int64_t id, const std::string& error);
    void cancelJob(std::int64_t id);
    // Puts an ended job (failed, cancelled, interrupted) back in the queue.
    void requeueJob(std::int64_t id);
    // Removes finished, failed, cancelled and interrupted jobs from the history; their tracks stay.
    void clearEndedJobs();
    // Removes one ended job from the history (an import refused for a file that is not
    // usable audio leaves no trace). A queued or running job stays.
    void forgetJob(std::int64_t id);
    std::vector<JobRecord> jobs() const;
    std::optional<JobRecord> job(std::int64_t id) const;

    std::optional<std::string> setting(const std::string& key) const;
    void setSetting(const std::string& key, const std::string& value);

    // "ok", or what SQLite's integrity_check found.
    std::string integrityCheck() const;
    // The files on disk against the rows: tracks without their song.wav or a stem, files
    // still under a temporary name, folders in tracks/ that belong to no track (orphans),
    // staging folders of no running job, jobs naming a track that is gone. Empty when the
    // two agree. (Opening the history repairs what a crash leaves; this says whether it did.)
    std::vector<std::string> consistencyProblems() const;

  private:
    void migrate();
    void recoverFromCrash();
    void endJob(std::int64_t id, JobStatus status, const std::string& error, std::optional<std::int64_t> result);

    std::filesystem::path dataDirectory_;
    SqliteConnection db_;
};

} // namespace cadenza
